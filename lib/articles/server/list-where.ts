import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import type { ListState } from "@/lib/articles/list-params";
import { OPEN_STATES } from "@/lib/review/next-open";

/**
 * One language in one state, as EXISTS subqueries on the (articleId, lang, state) index:
 * untranslated — nothing of it translated yet; inTranslation — open work next to done work, or any
 * machine, draft or rejected text; needsReview — a text awaits review; approved — every segment approved;
 * published — a version was published; hasErrors — a quality error in the current text.
 */
function inState(state: ListState, lang: TargetLang): Prisma.ArticleWhereInput {
  const some = (where: Prisma.TranslationWhereInput) => ({ translations: { some: { lang, ...where } } });
  const none = (where: Prisma.TranslationWhereInput) => ({ translations: { none: { lang, ...where } } });
  switch (state) {
    case "untranslated":
      return { AND: [some({ state: "untranslated" }), none({ state: { not: "untranslated" } })] };
    case "inTranslation":
      return {
        OR: [
          some({ state: { in: OPEN_STATES.filter((s) => s !== "untranslated") } }),
          { AND: [some({ state: "untranslated" }), some({ state: { in: ["translated", "approved"] } })] },
        ],
      };
    case "needsReview":
      return some({ state: "translated" });
    case "approved":
      return { AND: [some({}), none({ state: { not: "approved" } })] };
    case "published":
      return { publications: { some: { lang } } };
    case "hasErrors":
      return some({ errorCount: { gt: 0 } });
  }
}

/** The filter for a state in one language, or in either when no language is chosen. */
export function stateWhere(state: ListState | undefined, lang: TargetLang | undefined): Prisma.ArticleWhereInput {
  if (!state) return {};
  return lang ? inState(state, lang) : { OR: TARGET_LANGS.map((l) => inState(state, l)) };
}
