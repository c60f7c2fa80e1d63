// Publishing content identical to the latest version creates no version, no audit row and no webhook —
// also when five publishers click at the same moment (on PostgreSQL they race for the version counter).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { publishArticleAction } from "@/lib/export/server/actions";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { approvedArticle } from "../../factories/approved-article";

// A CMS that listens: every publication enqueues one delivery for it (written directly: no delivery check here).
beforeAll(async () => {
  await db.apiToken.create({
    data: {
      name: "CMS",
      tokenHash: randomUUID(),
      prefix: "duyet_x",
      scopes: "read",
      webhookUrl: "https://cms.example.invalid/hook",
      webhookSecret: "s",
    },
  });
});
afterAll(() => stopWebhookWorker());

async function counts(articleId: string) {
  const [publications, audits, deliveries] = await Promise.all([
    db.publication.count({ where: { articleId } }),
    db.auditEvent.count({ where: { articleId, action: "article.publish" } }),
    db.webhookDelivery.count({ where: { payload: { contains: articleId } } }),
  ]);
  return { publications, audits, deliveries };
}

async function fiveAtOnce(articleId: string, publisher: Actor) {
  return Promise.all(Array.from({ length: 5 }, () => publishArticleAction({ articleId, lang: "en" }, publisher)));
}

describe("idempotent publication", () => {
  it("refuses to publish unchanged content again: nothing changed since version N, nothing written", async () => {
    const { articleId, minh } = await approvedArticle();
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toMatchObject({
      ok: true,
      data: { version: 1 },
    });
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toEqual({
      ok: false,
      code: "PUBLISH_NOTHING_CHANGED",
      params: { version: 1 },
    });
    expect(await counts(articleId)).toEqual({ publications: 1, audits: 1, deliveries: 1 });
  });

  it("five simultaneous publishes give exactly one version and one webhook round; the others say nothing changed", async () => {
    const { articleId, minh } = await approvedArticle();
    const results = await fiveAtOnce(articleId, minh);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, data: expect.objectContaining({ version: 1 }) }]);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(4).fill({ ok: false, code: "PUBLISH_NOTHING_CHANGED", params: { version: 1 } }),
    );
    expect(await counts(articleId)).toEqual({ publications: 1, audits: 1, deliveries: 1 });
  });

  it("after a real change, five simultaneous publishes give exactly one new version", async () => {
    const { articleId, rows, lan, jonas, minh } = await approvedArticle();
    await publishArticleAction({ articleId, lang: "en" }, minh);
    const lead = await db.translation.findUniqueOrThrow({ where: { id: rows[3]!.id } });
    const edited = await saveTranslation(
      { translationId: lead.id, expectedVersion: lead.version, confirm: true, text: "It should be finished by 2030." },
      lan,
    );
    await approveTranslation({ translationId: lead.id, expectedVersion: edited.version }, jonas);
    const results = await fiveAtOnce(articleId, minh);
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.data.version)).toEqual([2]);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(4).fill("PUBLISH_NOTHING_CHANGED"));
    expect(await counts(articleId)).toEqual({ publications: 2, audits: 2, deliveries: 2 });
  });
});
