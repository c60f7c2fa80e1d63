import { describe, it, expect } from "vitest";
import { normalizeText, splitSentences } from "@/lib/articles/segment";
import { readNtrexArticles, type NtrexLine } from "./ntrex-data";

// Documented exceptions. NTREX aligns by *English* sentence, so a few Vietnamese lines hold more than
// one sentence; for these we assert the exact split (the text before each marker is one sentence).
const MULTI_SENTENCE: Record<number, { startsAt: string[]; reason: string }> = {
  79: { startsAt: ["Sturridge phát biểu"], reason: "closed quote, then a capitalised attribution clause" },
  337: { startsAt: ["Ông nói thêm và"], reason: "closed quote, then a capitalised attribution clause" },
  409: { startsAt: ["Hai tuyển thủ"], reason: "two sentences translated as one line" },
  433: { startsAt: ["Trong tuyên bố này"], reason: "two sentences translated as one line" },
  493: { startsAt: ["Đây là một sự thay đổi"], reason: "two sentences translated as one line" },
  495: { startsAt: ["Đây là lời phát biểu"], reason: "two sentences translated as one line" },
  503: { startsAt: ["Và tập tiếp theo", "Loạt phim bắt đầu"], reason: "three sentences translated as one line" },
  518: { startsAt: ["Vicki Pepperdine"], reason: "two sentences translated as one line" },
  569: { startsAt: ["Ở đây bệnh nhân"], reason: "two sentences translated as one line" },
  618: { startsAt: ["Hai người gặp nhau"], reason: "two sentences translated as one line" },
  625: { startsAt: ["Ông qua đời"], reason: "two sentences translated as one line" },
  646: { startsAt: ["Nhưng khi bạn"], reason: "two sentences translated as one line" },
  675: { startsAt: ["Đây là nơi sinh sống"], reason: "two sentences translated as one line" },
  698: { startsAt: ["Chúng ta muốn có"], reason: "a quote holding two full sentences" },
};

// Lines with no sentence boundary to the next line: only a paragraph break can separate them, so the
// test closes the paragraph after them (as the original web page did).
const ENDS_PARAGRAPH: Record<number, string> = {
  79: "ends without punctuation (“… trên trang LiverpoolFC.com”)",
  135: "sub-heading without punctuation",
  189: "sub-heading without punctuation",
  195: "sub-heading without punctuation",
  201: "ends with a comma (translation slip)",
  205: "sub-heading split over two lines",
  206: "sub-heading split over two lines",
  362: "the next line starts lower-case (“ông Roberto …”)",
  399: "quote closed without a full stop",
  474: "bullet summary without punctuation",
  475: "bullet summary without punctuation",
  476: "bullet summary without punctuation",
  477: "bullet summary without punctuation",
  558: "ends without punctuation (“… vào đêm Thứ Hai”)",
  714: "bullet summary without punctuation",
  715: "bullet summary without punctuation",
  716: "bullet summary without punctuation",
  717: "bullet summary without punctuation",
  883: "sub-heading without punctuation",
  993: "ends without punctuation (“… điều kiện sống”)",
};

function expectedSentences(entry: NtrexLine): string[] {
  const text = normalizeText(entry.vi);
  const markers = MULTI_SENTENCE[entry.line]?.startsAt ?? [];
  const sentences: string[] = [];
  let rest = text;
  for (const marker of markers) {
    const at = rest.indexOf(marker);
    if (at <= 0) throw new Error(`marker "${marker}" not found in line ${entry.line}`);
    sentences.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  return [...sentences, rest];
}

// Paragraphs of 3 and 4 sentences, alternating, closed early after an ENDS_PARAGRAPH line.
function paragraphs(body: NtrexLine[]): NtrexLine[][] {
  const result: NtrexLine[][] = [];
  let current: NtrexLine[] = [];
  for (const entry of body) {
    current.push(entry);
    if (current.length === 3 + (result.length % 2) || entry.line in ENDS_PARAGRAPH) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

const articles = readNtrexArticles();

describe("splitSentences on the NTREX news articles", () => {
  it("reads 62 articles and 1,007 lines", () => {
    expect(articles).toHaveLength(62);
    expect(articles.flat()).toHaveLength(1007);
  });

  it("keeps every headline as one sentence", () => {
    for (const [headline] of articles) {
      expect(splitSentences(headline!.vi), `line ${headline!.line}`).toEqual([normalizeText(headline!.vi)]);
    }
  });

  it("returns exactly the original sentences for every paragraph of every article", () => {
    let checked = 0;
    for (const article of articles) {
      for (const paragraph of paragraphs(article.slice(1))) {
        const joined = paragraph.map((entry) => entry.vi).join(" ");
        const where = `lines ${paragraph[0]!.line}–${paragraph.at(-1)!.line}`;
        expect(splitSentences(joined), where).toEqual(paragraph.flatMap(expectedSentences));
        checked += paragraph.length;
      }
    }
    expect(checked).toBe(1007 - 62);
  });

  it("lists only exceptions that are really needed", () => {
    const byLine = new Map(articles.flat().map((entry) => [entry.line, entry]));
    for (const line of Object.keys(MULTI_SENTENCE).map(Number)) {
      const entry = byLine.get(line)!;
      expect(splitSentences(entry.vi), `line ${line}`).toEqual(expectedSentences(entry));
    }
    for (const line of Object.keys(ENDS_PARAGRAPH).map(Number)) {
      const entry = byLine.get(line)!;
      const next = byLine.get(line + 1)!;
      expect(next.docId, `line ${line} is not the last of its article`).toBe(entry.docId);
      // Were the exception unnecessary, the pair would split cleanly and the entry could go.
      const pair = splitSentences(`${entry.vi} ${next.vi}`);
      expect(pair, `line ${line}`).not.toEqual([...expectedSentences(entry), ...expectedSentences(next)]);
    }
  });
});
