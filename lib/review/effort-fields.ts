// What a translation stores about its post-editing effort (the Translation.effort* columns), computed from
// its text and its machine or imported baseline. Pure: whoever writes a text stores these in the same
// transaction, so the Effort page only sums numbers (lib/review/server/load-effort-report.ts).
import { hterDetail } from "./effort";
import { terWords } from "./ter-tokenize";

export type EffortFields = {
  effortEdits: number | null;
  effortHter: number | null;
  effortWords: number;
  effortBaseWords: number | null;
  effortAt: Date;
  effortDay: string;
};

/** The UTC day, YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday of the ISO week, as YYYY-MM-DD (UTC); a "YYYY-MM-DD" day is read as that day. */
export function weekOf(date: Date | string): string {
  if (typeof date === "string") date = new Date(`${date}T00:00:00Z`);
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * HTER against the baseline (null without one: a translation from scratch has no machine effort to
 * measure, which is not the same as 0), words of the text, and when. An empty text has no words and no HTER.
 */
export function effortFields(text: string, machineText: string | null, at: Date): EffortFields {
  const when = { effortAt: at, effortDay: dayOf(at) };
  if (!text.trim()) return { effortEdits: null, effortHter: null, effortWords: 0, effortBaseWords: null, ...when };
  if (machineText === null) {
    return {
      effortEdits: null,
      effortHter: null,
      effortWords: terWords(text, "moses-like", false).length,
      effortBaseWords: null,
      ...when,
    };
  }
  const d = hterDetail(machineText, text);
  return { effortEdits: d.edits, effortHter: d.hter, effortWords: d.words, effortBaseWords: d.words, ...when };
}

/**
 * Imported text is its own baseline (the importer vouches for it): no edits yet, every word counts as
 * machine/imported words. Cheaper than effortFields(text, text, at), which would run TER on equal texts.
 */
export function importedEffort(text: string, at: Date): EffortFields {
  if (!text.trim()) return effortFields(text, null, at);
  const words = terWords(text, "moses-like", false).length;
  return {
    effortEdits: 0,
    effortHter: 0,
    effortWords: words,
    effortBaseWords: words,
    effortAt: at,
    effortDay: dayOf(at),
  };
}
