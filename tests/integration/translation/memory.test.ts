// Translation memory: fed by approvals and TMX, exact hits sent nowhere, fuzzy matches with their score.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import {
  exportMemoryAction,
  findMemoryMatchesAction,
  importMemoryAction,
  startMachineTranslationAction,
} from "@/lib/translation/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();
const ARTICLE = ["Tin nhanh", "Hôm nay trời đẹp.", "Tỉnh ủy họp về kế hoạch đầu tư."].join("\n");

describe("translation memory", () => {
  it("is fed by approvals; an exact match (NFC, whitespace) fills the segment without calling DeepL", async () => {
    const [translator, reviewer] = [await createActor("translator"), await createActor("reviewer")];
    const first = await createArticle(translator, ARTICLE);
    const row = first.translations.find((t) => t.lang === "de" && t.segmentId)!;
    const seg = await db.segment.findUniqueOrThrow({ where: { id: row.segmentId } });
    const saved = await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Eilmeldung", confirm: true },
      translator,
    );
    await approveTranslation({ translationId: row.id, expectedVersion: saved.version }, reviewer);
    expect(await db.tmEntry.findMany()).toMatchObject([
      { vi: seg.sourceText, de: "Eilmeldung", en: null, deTranslationId: row.id },
    ]);

    // Same title typed with decomposed diacritics and extra spaces.
    const second = await createArticle(translator, ["  Tin   nhanh ".normalize("NFD"), "Hôm nay trời đẹp."].join("\n"));
    await startMachineTranslationAction({ articleId: second.articleId }, translator);
    await drainJobs();
    const title = await db.translation.findFirstOrThrow({
      where: { articleId: second.articleId, lang: "de", segment: { position: 0 } },
    });
    expect(title).toMatchObject({
      text: "Eilmeldung",
      state: "machine",
      origin: "tm",
      billedCharacters: 0,
      machineEngine: "tm",
    });
    expect(await db.revision.count({ where: { translationId: title.id, action: "tm" } })).toBe(1);
    const sent = translateRequests(server()).flatMap((r) => r.texts!);
    const sentDe = translateRequests(server())
      .filter((r) => r.target_lang === "DE")
      .flatMap((r) => r.texts!);
    expect(sentDe).not.toContain("Tin nhanh"); // the memory has German only: English is still translated
    expect(sent).toContain("Tin nhanh");
    expect(sent.filter((t) => t === "Hôm nay trời đẹp.")).toHaveLength(2); // de + en
  });

  it("imports and exports TMX; fuzzy matches ≥ 75 % come with their score", async () => {
    const admin = await createActor("admin");
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body>
      <tu><tuv xml:lang="vi"><seg>Tỉnh ủy họp về kế hoạch mới.</seg></tuv><tuv xml:lang="de"><seg>Das Provinzparteikomitee tagt.</seg></tuv><tuv xml:lang="en-GB"><seg>The committee meets.</seg></tuv></tu>
      <tu><tuv xml:lang="vi"><seg>Một câu hoàn toàn khác.</seg></tuv><tuv xml:lang="de"><seg>Ganz anders.</seg></tuv></tu>
    </body></tmx>`;
    expect(await importMemoryAction({ xml: tmx }, await createActor("translator"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await importMemoryAction({ xml: tmx }, admin)).toEqual({
      ok: true,
      data: {
        created: 2,
        updated: 0,
        skipped: 0,
        skippedBy: { noVietnamese: 0, noTranslation: 0, empty: 0, duplicate: 0 },
      },
    });
    expect(await importMemoryAction({ xml: '<!DOCTYPE x [<!ENTITY a "b">]><tmx/>' }, admin)).toMatchObject({
      ok: false,
      code: "TMX_DTD_FORBIDDEN",
    });

    const exported = await exportMemoryAction({}, admin);
    expect(exported.ok && exported.data.xml).toContain('<tuv xml:lang="en-GB"><seg>The committee meets.</seg></tuv>');

    const { articleId } = await createArticle(admin, ["Tin", "Tỉnh ủy họp về kế hoạch mới năm nay."].join("\n"));
    const seg = await db.segment.findFirstOrThrow({ where: { articleId, position: 1 } });
    const found = await findMemoryMatchesAction({ segmentId: seg.id }, admin);
    expect(found.ok && found.data.matches).toEqual([
      expect.objectContaining({
        vi: "Tỉnh ủy họp về kế hoạch mới.",
        de: "Das Provinzparteikomitee tagt.",
        score: expect.closeTo(28 / 36, 2),
      }),
    ]);
  });
});
