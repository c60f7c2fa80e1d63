import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { LOCALES } from "@/lib/i18n/config";
import { setLocale } from "./set-locale";

export const setLocaleAction = defineAction({
  permission: "article.read", // every signed-in role may choose its own UI language
  input: z.object({ locale: z.enum(LOCALES) }),
  run: async (input, actor) => {
    await setLocale(actor.id, input.locale);
    return { locale: input.locale };
  },
});
