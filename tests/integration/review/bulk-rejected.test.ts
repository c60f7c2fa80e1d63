import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { approveMany } from "@/lib/review/server/approve-many";
import { rejectTranslation } from "@/lib/review/server/reject-translation";
import { createActor, createArticle } from "../../factories";

// The sample article's title and lead, translated correctly: no quality error stands in the way.
const GERMAN = [
  "Hanoi beginnt mit dem Bau einer neuen Metrolinie",
  "Heute Morgen (24.3.) begann das Volkskomitee von Hanoi mit dem Bau der Stadtbahnlinie 5 mit einem Gesamtkapital von 65.400 Milliarden VND.",
];

async function germanRows(articleId: string) {
  return db.translation.findMany({ where: { articleId, lang: "de" }, orderBy: { segment: { position: "asc" } } });
}

describe("bulk approval and rejected texts", () => {
  it("leaves a rejected text rejected even when a client sends it, approves the rest, and says why", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan"), await createActor("reviewer", "Jonas")];
    const { articleId } = await createArticle(lan);
    const [a, b] = await germanRows(articleId);
    const confirmed = await Promise.all(
      [a!, b!].map((t, i) =>
        saveTranslation({ translationId: t.id, expectedVersion: t.version, text: GERMAN[i]!, confirm: true }, lan),
      ),
    );
    const rejected = await rejectTranslation(
      { translationId: a!.id, expectedVersion: confirmed[0]!.version, reason: "Falscher Ort" },
      jonas,
    );
    const result = await approveMany(
      {
        items: [
          { translationId: a!.id, expectedVersion: rejected.version },
          { translationId: b!.id, expectedVersion: confirmed[1]!.version },
        ],
      },
      jonas,
    );
    expect(result.skipped.filter((s) => s.translationId === b!.id)).toEqual([]);
    expect(result.approved.map((r) => r.id)).toEqual([b!.id]);
    expect(result.skipped).toEqual([{ translationId: a!.id, code: "REVIEW_REJECTED_IN_BULK" }]);
    const row = await db.translation.findUniqueOrThrow({ where: { id: a!.id } });
    expect([row.state, row.version]).toEqual(["rejected", rejected.version]);
    expect(await db.revision.count({ where: { translationId: a!.id, action: "approve" } })).toBe(0);
  });

  it("still lets a reviewer approve a rejected text on its own segment (an explicit decision)", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan"), await createActor("reviewer", "Jonas")];
    const { articleId } = await createArticle(lan);
    const [a] = await germanRows(articleId);
    const saved = await saveTranslation(
      { translationId: a!.id, expectedVersion: a!.version, text: GERMAN[0]!, confirm: true },
      lan,
    );
    const rejected = await rejectTranslation(
      { translationId: a!.id, expectedVersion: saved.version, reason: "Prüfen" },
      jonas,
    );
    const approved = await approveTranslation({ translationId: a!.id, expectedVersion: rejected.version }, jonas);
    expect(approved.state).toBe("approved");
  });
});
