import type { Span } from "../types";

/** A month, with its day when the text names one, found in a text. */
export type DateMention = { month: number; day?: number; span: Span; raw: string };
