// One NTREX article (prisma/demo/ntrex-news-dev, the repo's copy) as plain text, and the edits a
// newsroom makes to a story after translation started. Shared by the alignment unit tests and the
// source-update integration and e2e tests.
import { readNtrexArticles } from "./ntrex-data";

export type Story = { title: string; paragraphs: string[][] };

/** The first NTREX article: the title, then paragraphs of three sentences. */
export function ntrexStory(): Story {
  const lines = readNtrexArticles()[0]!.map((l) => l.vi);
  const [title, ...body] = lines;
  const paragraphs: string[][] = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3));
  return { title: title!, paragraphs };
}

/** The story as the plain-text import format: title line, blank line, one paragraph a line. */
export function storyText(story: Story): string {
  return [story.title, ...story.paragraphs.map((p) => p.join(" "))].join("\n\n");
}

/** Replaces one sentence (paragraph p, sentence s) by `text` (one or several sentences). */
export function edit(story: Story, p: number, s: number, text: string): Story {
  const paragraphs = story.paragraphs.map((para, i) => (i === p ? para.map((x, k) => (k === s ? text : x)) : para));
  return { ...story, paragraphs };
}

/** Applies a change to a copy of the paragraphs. */
export function withParagraphs(story: Story, change: (paragraphs: string[][]) => void): Story {
  const paragraphs = story.paragraphs.map((p) => [...p]);
  change(paragraphs);
  return { ...story, paragraphs };
}
