import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { publishArticleAction, createExportAction } from "@/lib/export/server/actions";
import { loadPublishedDocument } from "@/lib/export/server/load-document";
import { loadPublishOverview } from "@/lib/publishing/server/load-publish-overview";
import { diffVersions } from "@/lib/export/version-diff";
import { createActor, createArticle } from "../../factories";

// Clean English for SAMPLE_ARTICLE's translatable segments (title, lead, two body sentences).
const EN = [
  "Hanoi breaks ground on a new metro line",
  "This morning (March 24), the Hanoi People's Committee broke ground on urban railway line 5 with a total investment of 65,400 billion dong.",
  "According to Assoc. Prof. Dr. Tran Van Binh, the line is 39.6 km long.",
  "It is expected to be completed in 2030.",
];

async function translateAndApprove(articleId: string, translator: Actor, reviewer: Actor, texts = EN, skip = -1) {
  const rows = await db.translation.findMany({
    where: { articleId, lang: "en" },
    orderBy: { segment: { position: "asc" } },
  });
  for (const [i, t] of rows.entries()) {
    const saved = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: texts[i] ?? "x", confirm: true },
      translator,
    );
    if (i !== skip) await approveTranslation({ translationId: t.id, expectedVersion: saved.version }, reviewer);
  }
  return rows;
}

describe("publishing", () => {
  it("is refused while one segment is unapproved, and writes nothing", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    await translateAndApprove(articleId, lan, jonas, EN, 2);
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toEqual({
      ok: false,
      code: "PUBLISH_NOT_APPROVED",
      params: { count: 1 },
    });
    expect(await db.publication.count({ where: { articleId } })).toBe(0);
  });

  it("only publishers publish; a snapshot is immutable and a second version shows what changed", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    const rows = await translateAndApprove(articleId, lan, jonas);
    expect(await publishArticleAction({ articleId, lang: "en" }, jonas)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const first = await publishArticleAction({ articleId, lang: "en" }, minh);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await db.auditEvent.count({ where: { articleId, action: "article.publish" } })).toBe(1);

    // Editing after publication: back to draft, so publishing again is refused until re-approved.
    const lead = await db.translation.findUniqueOrThrow({ where: { id: rows[1]!.id } });
    const edited = await saveTranslation(
      {
        translationId: lead.id,
        expectedVersion: lead.version,
        confirm: true,
        text: EN[1]!.replace("broke ground on", "started building"),
      },
      lan,
    );
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toMatchObject({
      ok: false,
      code: "PUBLISH_NOT_APPROVED",
    });
    await approveTranslation({ translationId: lead.id, expectedVersion: edited.version }, jonas);
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    // Only the new version is the latest (what the CMS API lists); the old one stopped being it.
    const flags = await db.publication.findMany({ where: { articleId, lang: "en" }, orderBy: { version: "asc" } });
    expect(flags.map((p) => [p.version, p.latest])).toEqual([
      [1, false],
      [2, true],
    ]);

    const v1 = await loadPublishedDocument(articleId, "en", 1);
    const v2 = await loadPublishedDocument(articleId, "en", 2);
    expect(v1.segments.find((s) => s.kind === "lead")?.target).toBe(EN[1]);
    const changes = diffVersions(v1, v2);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.after).toContain("started building");
  });

  it("is refused with an open error and allowed once a reviewer overrode it", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    const wrong = [...EN];
    wrong[1] = EN[1]!.replace("65,400", "6,540");
    const rows = await translateAndApprove(articleId, lan, jonas, wrong, 1);
    const lead = await db.translation.findUniqueOrThrow({ where: { id: rows[1]!.id } });
    expect(lead.errorCount).toBeGreaterThan(0);
    await approveTranslation(
      { translationId: lead.id, expectedVersion: lead.version, overrideReason: "Checked with the author" },
      jonas,
    );
    // The publisher confirms the override they read on the publish page (publish-overrides.test.ts).
    const overview = await loadPublishOverview(articleId);
    const confirmedOverrides = overview.languages.find((l) => l.lang === "en")!.overrides.map((o) => o.id);
    expect(await publishArticleAction({ articleId, lang: "en", confirmedOverrides }, minh)).toMatchObject({
      ok: true,
    });
  });

  it("exports a published version and the current draft, with an audit row; unpublished versions are 404s", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    expect(await createExportAction({ articleId, lang: "en", format: "html", version: "latest" }, minh)).toMatchObject({
      ok: false,
      code: "PUBLICATION_NOT_FOUND",
    });
    await translateAndApprove(articleId, lan, jonas);
    await publishArticleAction({ articleId, lang: "en" }, minh);
    const html = await createExportAction({ articleId, lang: "en", format: "html", version: 1 }, minh);
    expect(html.ok && html.data.body).toContain("<h1>Hanoi breaks ground on a new metro line</h1>");
    expect(html.ok && html.data.body).not.toContain("[ad_1]");
    const draft = await createExportAction({ articleId, lang: "en", format: "markdown", version: "draft" }, minh);
    expect(draft.ok && draft.data.filename).toMatch(/\.md$/);
    expect(await createExportAction({ articleId, lang: "en", format: "html", version: 1 }, lan)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await db.auditEvent.count({ where: { articleId, action: "article.export" } })).toBe(2);
  });
});
