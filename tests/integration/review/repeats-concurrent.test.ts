// Two people confirm two repeats of one sentence at the same instant: each confirm would fill the other's
// row in its own transaction. Neither may fail (PostgreSQL: no deadlock) and neither text is overwritten.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { importArticle } from "@/lib/articles/server/import-article";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { isAppError } from "@/lib/errors";

const codeOf = (e: unknown) => (isAppError(e) ? e.code : String(e));

const REPEATED = "Giá vàng hôm nay tăng mạnh.";
const ROUNDS = 8;

async function twoRepeats() {
  const lan = await createActor("translator");
  const content = ["Thị trường vàng", REPEATED, "Người mua đổ xô đi mua.", REPEATED].join("\n");
  const { articleId } = await importArticle({ format: "text", content }, lan);
  const rows = await db.translation.findMany({
    where: { articleId, lang: "de", segment: { sourceText: REPEATED } },
    orderBy: { segment: { position: "asc" } },
  });
  expect(rows).toHaveLength(2);
  return { lan, rows };
}

describe("repeats confirmed at the same instant", () => {
  it("neither fails with a deadlock, and a confirmed text is never overwritten by the other confirm", async () => {
    const mai = await createActor("translator");
    for (let round = 0; round < ROUNDS; round++) {
      const { lan, rows } = await twoRepeats();
      const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
      const texts = [`Der Goldpreis steigt stark (${round}a).`, `Der Goldpreis steigt stark (${round}b).`];
      const results = await Promise.allSettled([
        saveTranslation({ translationId: a.id, expectedVersion: a.version, text: texts[0]!, confirm: true }, lan),
        saveTranslation({ translationId: b.id, expectedVersion: b.version, text: texts[1]!, confirm: true }, mai),
      ]);
      // A confirm may lose to the other one that committed first and filled its row: that is the usual
      // conflict (the user sees the other text and chooses). Anything else — a deadlock — is a failure.
      const outcome = results.map((r) => (r.status === "fulfilled" ? "ok" : codeOf(r.reason)));
      expect(
        outcome.every((o) => o === "ok" || o === "TRANSLATION_CONFLICT"),
        outcome.join(),
      ).toBe(true);
      expect(outcome).toContain("ok");
      const after = new Map(
        (await db.translation.findMany({ where: { id: { in: [a.id, b.id] } } })).map((r) => [r.id, r]),
      );
      for (const [i, row] of [a, b].entries()) {
        expect(after.get(row.id)!.state).toBe("translated");
        if (outcome[i] === "ok") expect(after.get(row.id)!.text).toBe(texts[i]); // never overwritten by the other
      }
    }
  });
});
