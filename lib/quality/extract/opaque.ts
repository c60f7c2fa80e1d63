// URLs, e-mail addresses and handles contain digits that are not quantities: their spans are masked.
//
// The pattern used to be one alternation with an e-mail branch `[\w.+-]+@…`, which the regex engine
// retries from every character of a long word or number ("aaaa…", "1.1.1.…") and so reads the run
// again each time: quadratic. The same matches in linear time: the e-mail branch may only start where
// a run of [\w.+-] starts (lookbehind), and where an earlier match ended inside such a run (the only
// other place the old scan could start it), it is tried once, anchored (sticky).
import type { Span } from "../types";

const OPAQUE = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|@\w+|#\w+/gu;
const EMAIL_AT = /[\w.+-]+@[\w-]+\.[\w.]+/uy;
const LOCAL = /[\w.+-]/u;

export function opaqueSpans(text: string): Span[] {
  const out: Span[] = [];
  OPAQUE.lastIndex = 0;
  for (let m = OPAQUE.exec(text); m; m = OPAQUE.exec(text)) {
    let end = m.index + m[0].length;
    out.push([m.index, end]);
    // A match that stops inside a run ("@abc" before ".d1@ghi.jk") leaves the rest of the run to the
    // e-mail branch; anchored, it reads the run once.
    while (end < text.length && LOCAL.test(text.charAt(end)) && LOCAL.test(text.charAt(end - 1))) {
      EMAIL_AT.lastIndex = end;
      const mail = EMAIL_AT.exec(text);
      if (!mail) break;
      end = mail.index + mail[0].length;
      out.push([mail.index, end]);
    }
    OPAQUE.lastIndex = end;
  }
  return out;
}
