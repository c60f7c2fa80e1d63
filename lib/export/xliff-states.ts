// How our segment states map onto the XLIFF state vocabularies. Both directions of the mapping are
// lossless together with the extra attribute we write, so a CAT tool sees standard states and we can
// still tell "machine" from "draft" when a file comes back.
import type { TranslationState } from "@/lib/vocabulary";

// XLIFF core namespaces. 2.0 and 2.1 share one; 2.2 declares its own (read on import, never written).
export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
export const XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF22_NS = "urn:oasis:names:tc:xliff:document:2.2";

/** Namespace of our own attributes (XLIFF 2 allows foreign attributes on <xliff>, <file>, <unit>). */
export const DUYET_NS = "urn:x-duyet:xliff:1";
export const DUYET_PREFIX = "duyet";

export type Xliff2State = "initial" | "translated" | "reviewed" | "final";

/**
 * XLIFF 2 has four states. Anything a human has not yet confirmed (untranslated, MT output, unconfirmed
 * draft, rejected back to the translator) is "initial"; a confirmed translation is "translated"; an
 * approved segment is "reviewed" while the article is unpublished and "final" once it is part of a
 * published snapshot. The exact state travels in subState="duyet:<state>" and duyet:state on <unit>.
 */
export function xliff2State(state: TranslationState, published: boolean): Xliff2State {
  switch (state) {
    case "untranslated":
    case "machine":
    case "draft":
    case "rejected":
      return "initial";
    case "translated":
      return "translated";
    case "approved":
      return published ? "final" : "reviewed";
  }
}

export type Xliff12Target = { state: string; qualifier?: string; approved: boolean };

/**
 * XLIFF 1.2 has a richer list, so every state gets its own value and no foreign attribute is needed
 * (the 1.2 strict schema validates foreign attributes strictly, so we avoid them there):
 *   untranslated → new · rejected → needs-translation · draft → needs-review-translation ·
 *   machine → needs-review-translation + state-qualifier mt-suggestion · translated → translated ·
 *   approved → signed-off (unpublished) / final (published), with approved="yes" on the trans-unit.
 */
export function xliff12Target(state: TranslationState, published: boolean): Xliff12Target {
  switch (state) {
    case "untranslated":
      return { state: "new", approved: false };
    case "rejected":
      return { state: "needs-translation", approved: false };
    case "draft":
      return { state: "needs-review-translation", approved: false };
    case "machine":
      return { state: "needs-review-translation", qualifier: "mt-suggestion", approved: false };
    case "translated":
      return { state: "translated", approved: false };
    case "approved":
      return { state: published ? "final" : "signed-off", approved: true };
  }
}
