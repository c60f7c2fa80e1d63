// An article whose English is translated and approved by two people: ready to publish.
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { createActor, createArticle } from "@/tests/factories";

const EN = [
  "Hanoi breaks ground on a new metro line",
  "This morning (March 24), the Hanoi People's Committee broke ground on urban railway line 5 with a total investment of 65,400 billion dong.",
  "According to Assoc. Prof. Dr. Tran Van Binh, the line is 39.6 km long.",
  "It is expected to be completed in 2030.",
];

export async function approvedArticle() {
  const [lan, jonas, minh] = [
    await createActor("translator"),
    await createActor("reviewer"),
    await createActor("publisher"),
  ];
  const { articleId } = await createArticle(lan);
  const rows = await db.translation.findMany({
    where: { articleId, lang: "en" },
    orderBy: { segment: { position: "asc" } },
  });
  for (const [i, t] of rows.entries()) {
    const saved = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: EN[i]!, confirm: true },
      lan,
    );
    await approveTranslation({ translationId: t.id, expectedVersion: saved.version }, jonas);
  }
  return { articleId, rows, lan, jonas, minh };
}
