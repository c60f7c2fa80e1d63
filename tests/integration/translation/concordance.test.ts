// Concordance search: the memory and the approved translations, through the word index, mark-insensitive.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importMemoryAction, searchConcordanceAction } from "@/lib/translation/server/actions";
import { backfillConcordance } from "@/lib/translation/server/backfill-concordance";
import { tmKey } from "@/lib/translation/server/tm-key";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { createActor, createArticle } from "@/tests/factories";
import type { Actor } from "@/lib/vocabulary";

let translator: Actor;
let articleId: string;

beforeAll(async () => {
  const [reviewer, admin] = [await createActor("reviewer"), await createActor("admin")];
  translator = await createActor("translator");
  ({ articleId } = await createArticle(
    translator,
    ["Tin bão", "Bão số 9 đổ bộ vào Ca Mau chiều nay.", "Trời nắng."].join("\n"),
  ));
  const rows = await db.translation.findMany({ where: { articleId, lang: "en" }, include: { segment: true } });
  const storm = rows.find((r) => r.segment.position === 1)!;
  const saved = await saveTranslation(
    {
      translationId: storm.id,
      expectedVersion: storm.version,
      text: "Typhoon No. 9 makes landfall in Ca Mau.",
      confirm: true,
    },
    translator,
  );
  await approveTranslation({ translationId: storm.id, expectedVersion: saved.version }, reviewer);
  // an approved segment's draft in the other language is not shown
  const sunny = rows.find((r) => r.segment.position === 2)!;
  await saveTranslation(
    { translationId: sunny.id, expectedVersion: sunny.version, text: "Sunny.", confirm: false },
    translator,
  );
  const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body>
    <tu><tuv xml:lang="vi"><seg>Cà Mau có mưa rào.</seg></tuv><tuv xml:lang="de"><seg>In Cà Mau regnet es.</seg></tuv></tu>
    <tu><tuv xml:lang="vi"><seg>Hà Nội mưa to.</seg></tuv><tuv xml:lang="de"><seg>Starkregen in Hanoi.</seg></tuv></tu>
  </body></tmx>`;
  expect(await importMemoryAction({ xml: tmx }, admin)).toMatchObject({ ok: true });
});

async function search(query: string) {
  const result = await searchConcordanceAction({ query }, translator);
  if (!result.ok) throw new Error(result.code);
  return result.data;
}

describe("concordance search", () => {
  it('finds "Ca Mau" for "Cà Mau" and "Cà Mau" for "Ca Mau", in the memory and in approved translations', async () => {
    for (const query of ["Cà Mau", "ca mau", "CA MAU"]) {
      const found = await search(query);
      expect(found.memory.map((h) => h.vi).sort()).toEqual([
        "Bão số 9 đổ bộ vào Ca Mau chiều nay.",
        "Cà Mau có mưa rào.",
      ]);
      expect(found.articles).toEqual([
        expect.objectContaining({
          kind: "segment",
          vi: "Bão số 9 đổ bộ vào Ca Mau chiều nay.",
          en: "Typhoon No. 9 makes landfall in Ca Mau.",
          de: null,
          article: { id: articleId, title: expect.any(String) },
        }),
      ]);
      const unit = found.memory.find((h) => h.vi.startsWith("Cà"))!;
      expect(unit.ranges.vi.map((r) => unit.vi.slice(r.start, r.end))).toEqual(["Cà", "Mau"]);
      expect(unit.ranges.de.map((r) => unit.de!.slice(r.start, r.end))).toEqual(["Cà", "Mau"]);
      expect(unit.phrase).toBe(true);
    }
  });

  it("searches German and English targets, needs every word, and leaves out texts never approved", async () => {
    expect((await search("starkregen")).memory.map((h) => h.vi)).toEqual(["Hà Nội mưa to."]);
    expect((await search("landfall typhoon")).articles).toHaveLength(1);
    expect(await search("mưa Huế")).toMatchObject({ memory: [], articles: [] });
    expect(await search("sunny")).toMatchObject({ memory: [], articles: [] });
  });

  it("rejects an empty or over-long query and an unbounded limit with a coded error", async () => {
    expect(await searchConcordanceAction({ query: "" }, translator)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await searchConcordanceAction({ query: "mau", limit: 500 }, translator)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await searchConcordanceAction({ query: "x".repeat(201) }, translator)).toMatchObject({ ok: false });
    expect(await searchConcordanceAction({ query: "mau" }, null)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("finds units stored before the word index once the back-fill ran (idempotent)", async () => {
    await db.tmEntry.create({ data: { ...tmKey("Gió mùa đông bắc tràn về Lạng Sơn."), de: "Monsun in Lang Son." } });
    expect((await search("lang son")).memory).toEqual([]);
    const first = await backfillConcordance();
    expect(first.segments).toBeGreaterThanOrEqual(1);
    expect(await backfillConcordance()).toEqual(first);
    expect((await search("lang son")).memory.map((h) => h.vi)).toEqual(["Gió mùa đông bắc tràn về Lạng Sơn."]);
    expect((await search("ca mau")).articles).toHaveLength(1);
  });
});
