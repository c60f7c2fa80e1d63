// NTREX-128 news articles (see README.md) as JSON import bundles for the demo newsroom. Pure: the
// seed reads the four line-aligned files and passes their contents in.
import { AppError } from "@/lib/errors";

type Sentence = { vi: string; de: string; en: string };
export type NtrexBundle = {
  title: Sentence;
  paragraphs: Array<{ sentences: Sentence[] }>;
};

const SENTENCES_PER_PARAGRAPH = 3;

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
}

// Groups of three; a last group of one joins its predecessor so no paragraph is a lone sentence.
function paragraphsOf(sentences: Sentence[]): Array<{ sentences: Sentence[] }> {
  const groups: Sentence[][] = [];
  for (let start = 0; start < sentences.length; start += SENTENCES_PER_PARAGRAPH) {
    groups.push(sentences.slice(start, start + SENTENCES_PER_PARAGRAPH));
  }
  const last = groups.at(-1);
  const previous = groups.at(-2);
  if (last && previous && last.length === 1) previous.push(...(groups.pop() ?? []));
  return groups.map((group) => ({ sentences: group }));
}

export function buildNtrexBundles(files: {
  vi: string;
  de: string;
  en: string;
  docIds: string;
}): Array<{ id: string; bundle: NtrexBundle }> {
  const [vi, de, en, ids] = [lines(files.vi), lines(files.de), lines(files.en), lines(files.docIds)];
  if (vi.length !== ids.length || de.length !== ids.length || en.length !== ids.length) {
    throw new AppError("DEMO_NTREX_MISALIGNED", { vi: vi.length, de: de.length, en: en.length, docIds: ids.length });
  }
  const articles: Array<{ id: string; sentences: Sentence[] }> = [];
  ids.forEach((id, index) => {
    const sentence = { vi: vi[index] ?? "", de: de[index] ?? "", en: en[index] ?? "" };
    const current = articles.at(-1);
    if (current?.id === id) current.sentences.push(sentence);
    else articles.push({ id, sentences: [sentence] });
  });
  return articles.map(({ id, sentences: [title, ...body] }) => ({
    id,
    // Every article has at least its headline line, so `title` is always set.
    bundle: { title: title!, paragraphs: paragraphsOf(body) },
  }));
}
