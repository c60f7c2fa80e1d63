// Run by adversarial-inputs.test.ts in a child process (so that a freeze can be stopped): every
// adversarial family through the checks, the segmenter and the import parsers, one JSON line per
// finished case with its time. A case that never finishes is the failure the test looks for.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseJsonBundle, parsePlainText } from "@/lib/articles/parse-import";
import { splitSentences } from "@/lib/articles/segment";
import { isAppError } from "@/lib/errors";
import { checkArticle, checkSegment } from "@/lib/quality/run-checks";
import { importTmx } from "@/lib/translation/tmx";
import { FAMILIES, newsFamily, repeat, type TriText } from "../../fixtures/adversarial-texts";

const SIZE = Number(process.argv[2] ?? 100_000);
const DIR = path.resolve(import.meta.dirname, "../../../prisma/demo/ntrex-news-dev");
const read = (f: string) => readFileSync(path.join(DIR, f), "utf8").trimEnd().split("\n").slice(0, 100);
const [vi, de, en] = [read("vi.txt"), read("de.txt"), read("en.txt")];
const families = [newsFamily(vi.map((v, i) => ({ vi: v, de: de[i] ?? "", en: en[i] ?? "" }))), ...FAMILIES];

// Refusals (too long for a segment, a bad character) are answers too; only a freeze is a failure.
const refused = (run: () => unknown) => () => {
  try {
    run();
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
};
const pieces = (t: string, n: number) =>
  Array.from({ length: n }, (_, i) => t.slice((i * t.length) / n, ((i + 1) * t.length) / n));

// The article-wide checks add name and term consistency to the per-segment ones: a few families suffice.
const ARTICLE = ["news", "names", "vietnamese names", "digits 1 1 1", "dates 22/3"];
const cases: Array<[string, (t: TriText) => void]> = [
  ["checkSegment", (t) => checkSegment({ source: t.vi, de: t.de, en: t.en })],
  [
    "splitSentences",
    (t) => {
      splitSentences(t.vi, "vi");
      splitSentences(t.de, "de");
    },
  ],
  [
    "checkArticle",
    (t) => {
      const [v, d, e] = [pieces(t.vi, 5), pieces(t.de, 5), pieces(t.en, 5)];
      checkArticle(
        v.map((source, i) => ({ source, de: d[i], en: e[i] })),
        { glossary: [{ vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee" }] },
      );
    },
  ],
  [
    "JSON bundle",
    (t) =>
      refused(() =>
        parseJsonBundle(JSON.stringify({ title: "Tiêu đề", paragraphs: [{ vi: t.vi, de: t.de, en: t.en }] })),
      )(),
  ],
  ["plain text", (t) => refused(() => parsePlainText(`Tiêu đề\n${t.vi}`))()],
];

for (const family of families) {
  const text = family.build(SIZE);
  for (const [name, run] of cases) {
    if (name === "checkArticle" && !ARTICLE.some((a) => family.name.startsWith(a))) continue;
    const t0 = performance.now();
    run(text);
    process.stdout.write(
      `${JSON.stringify({ case: `${family.name} · ${name}`, ms: Math.round(performance.now() - t0) })}\n`,
    );
  }
}
// A TMX segment full of markup the old patterns re-read to the end from every tag.
const tmx = (seg: string) =>
  `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body><tu><tuv xml:lang="vi"><seg>${seg}</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`;
for (const [name, seg] of [
  ["TMX <ph-x>", repeat("<ph-x>a</ph-x>", SIZE)],
  ["TMX <hi>", repeat("<hi>a</hi>", SIZE)],
] as const) {
  const t0 = performance.now();
  refused(() => importTmx(tmx(seg)))();
  process.stdout.write(`${JSON.stringify({ case: name, ms: Math.round(performance.now() - t0) })}\n`);
}
