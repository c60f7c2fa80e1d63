import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/server/current-actor";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./config";
import { loadMessages } from "./messages";

// No locale in URLs: the UI language is the signed-in user's choice; before sign-in, the cookie set by
// the language switcher, then the browser's Accept-Language.
async function resolveLocale(): Promise<Locale> {
  const user = await currentUser();
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Ho_Chi_Minh" };
});
