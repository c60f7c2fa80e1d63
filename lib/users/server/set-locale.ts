import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

/** The UI language is a per-user preference, stored on the user so it follows them across browsers. */
export async function setLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
