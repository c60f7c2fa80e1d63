import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { publishArticleAction } from "@/lib/export/server/actions";
import { loadPublishOverview } from "@/lib/publishing/server/load-publish-overview";
import { createActor, createArticle } from "../../factories";

// SAMPLE_ARTICLE's translatable segments in English; the lead and the third say a wrong number.
const EN = [
  "Hanoi breaks ground on a new metro line",
  "This morning (March 24), the Hanoi People's Committee broke ground on urban railway line 5 with a total investment of 6,540 billion dong.",
  "According to Assoc. Prof. Dr. Tran Van Binh, the line is 93.6 km long.",
  "It is expected to be completed in 2030.",
];

/** Confirms every English text; approves the clean ones and overrides the errors of `overridden` rows. */
async function prepare(articleId: string, translator: Actor, reviewer: Actor, overridden: number[]) {
  const rows = await db.translation.findMany({
    where: { articleId, lang: "en" },
    orderBy: { segment: { position: "asc" } },
  });
  const versions: number[] = [];
  for (const [i, t] of rows.entries()) {
    const saved = await saveTranslation(
      { translationId: t.id, expectedVersion: t.version, text: EN[i]!, confirm: true },
      translator,
    );
    versions.push(saved.version);
    if (saved.issues.en?.errorCount === 0)
      await approveTranslation({ translationId: t.id, expectedVersion: saved.version }, reviewer);
    else if (overridden.includes(i))
      await approveTranslation(
        { translationId: t.id, expectedVersion: saved.version, overrideReason: `Checked segment ${i + 1}` },
        reviewer,
      );
  }
  return { rows, versions };
}

const englishOverrides = async (articleId: string) =>
  (await loadPublishOverview(articleId)).languages.find((l) => l.lang === "en")!.overrides;

describe("publishing over overridden errors", () => {
  it("lists every override and publishes only after the publisher confirmed them", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    await prepare(articleId, lan, jonas, [1, 2]);
    const overrides = await englishOverrides(articleId);
    expect(overrides.map((o) => [o.position, o.reason, o.by])).toEqual([
      [1, "Checked segment 2", jonas.name],
      [2, "Checked segment 3", jonas.name],
    ]);
    expect(overrides[0]!.text).toContain("6,540");
    expect(JSON.parse(overrides[0]!.issues)).toContainEqual(expect.objectContaining({ severity: "error" }));

    // Not confirmed: refused, nothing written.
    expect(await publishArticleAction({ articleId, lang: "en" }, minh)).toEqual({
      ok: false,
      code: "PUBLISH_OVERRIDES_UNCONFIRMED",
      params: { count: 2 },
    });
    expect(await db.publication.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.publish" } })).toBe(0);

    const confirmed = overrides.map((o) => o.id);
    expect(await publishArticleAction({ articleId, lang: "en", confirmedOverrides: confirmed }, minh)).toMatchObject({
      ok: true,
      data: { version: 1 },
    });
  });

  it("refuses when an override was added or removed after the page was loaded, and changes nothing", async () => {
    const [lan, jonas, minh] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("publisher"),
    ];
    const { articleId } = await createArticle(lan);
    const { rows, versions } = await prepare(articleId, lan, jonas, [1]);
    const seen = (await englishOverrides(articleId)).map((o) => o.id);
    expect(seen).toHaveLength(1);
    // Meanwhile a reviewer overrides the third segment's error too: a new override the publisher has not read.
    await approveTranslation(
      { translationId: rows[2]!.id, expectedVersion: versions[2]!, overrideReason: "Late override" },
      jonas,
    );
    expect(await publishArticleAction({ articleId, lang: "en", confirmedOverrides: seen }, minh)).toEqual({
      ok: false,
      code: "PUBLISH_OVERRIDES_CHANGED",
      params: { count: 2 },
    });
    // A confirmation naming an override that is not there (any more) is refused the same way.
    const now = (await englishOverrides(articleId)).map((o) => o.id);
    expect(
      await publishArticleAction({ articleId, lang: "en", confirmedOverrides: [...now, "gone-override"] }, minh),
    ).toMatchObject({ ok: false, code: "PUBLISH_OVERRIDES_CHANGED" });
    expect(await db.publication.count({ where: { articleId } })).toBe(0);
    expect(await db.articleLanguage.findFirstOrThrow({ where: { articleId, lang: "en" } })).toMatchObject({
      publishedVersion: 0,
    });
    expect(await publishArticleAction({ articleId, lang: "en", confirmedOverrides: now }, minh)).toMatchObject({
      ok: true,
    });
  });
});
