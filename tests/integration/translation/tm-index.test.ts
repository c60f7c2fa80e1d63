// The memory's index: fuzzy lookup without a cap (every match a brute-force scan finds), and index rows
// written with the units by approvals and TMX imports.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findFuzzy } from "@/lib/translation";
import { gramsOf } from "@/lib/translation/tm-grams";
import { importMemoryAction } from "@/lib/translation/server/actions";
import { findMemoryMatchesFor } from "@/lib/translation/server/find-memory-matches";
import { indexMemoryUnits } from "@/lib/translation/server/index-memory";
import { tmKey } from "@/lib/translation/server/tm-key";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { createActor, createArticle } from "@/tests/factories";
import { mulberry32 } from "@/tests/factories/mulberry32";

/** The back-fill statement of the tm_index migration of the database the test runs on. */
function backfillStatement(): string {
  const pg = process.env.DATABASE_URL!.startsWith("postgres");
  const dir = pg ? "prisma/postgres/migrations" : "prisma/migrations";
  const name = fs.readdirSync(dir).find((d) => d.endsWith("_tm_index"))!;
  const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf('INSERT INTO "TmGram"'));
}

/** Units written as the services write them: the row and its index rows in one transaction. */
async function addUnits(sources: string[]): Promise<void> {
  for (let i = 0; i < sources.length; i += 250) {
    const units = sources
      .slice(i, i + 250)
      .map((s) => ({ id: `u${i}-${s.length}-${tmKey(s).hash.slice(0, 16)}`, ...tmKey(s), de: `DE ${s}` }));
    await db.$transaction(
      async (tx) => {
        await tx.tmEntry.createMany({
          data: units.map(({ id, vi, hash, viLength, de }) => ({ id, vi, hash, viLength, de })),
        });
        await indexMemoryUnits(tx, units);
      },
      { timeout: 60_000 },
    );
  }
}

describe("memory index", () => {
  it("back-fills the grams of stored units, then finds a match behind 20,000+ units of similar length", async () => {
    // Units stored before the index: rows only, grams from the migration's own back-fill statement.
    const filler = Array.from({ length: 20_500 }, (_, i) => `Hồ sơ số ${String(i).padStart(6, "0")} đã nộp`);
    const rows = [...filler, "Bão số 9 đổ bộ vào Cà Mau."].map((s, i) => ({
      id: `f${String(i).padStart(6, "0")}`,
      ...tmKey(s),
    }));
    for (let i = 0; i < rows.length; i += 2_000) await db.tmEntry.createMany({ data: rows.slice(i, i + 2_000) });
    await db.$executeRawUnsafe(backfillStatement());
    const sample = await db.tmGram.findMany({ where: { entryId: { in: ["f000000", "f020500"] } } });
    expect(
      sample
        .filter((g) => g.entryId === "f020500")
        .map((g) => g.gram)
        .sort(),
    ).toEqual(gramsOf(rows.at(-1)!.vi).sort());
    expect(sample).toHaveLength(gramsOf(rows[0]!.vi).length + gramsOf(rows.at(-1)!.vi).length);

    const matches = await findMemoryMatchesFor("Bão số 9 đổ bộ vào Cà Mau");
    expect(matches).toEqual([expect.objectContaining({ id: "f020500", vi: "Bão số 9 đổ bộ vào Cà Mau." })]);
    expect(matches[0]!.score).toBeCloseTo(1 - 1 / 26);
  }, 120_000);

  it("finds every match a brute-force scan finds (variants with substituted words and numbers)", async () => {
    const r = mulberry32(7);
    const base = ["Giá xăng tăng 500 đồng mỗi lít từ chiều nay.", "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu."];
    const swaps = ["dầu", "điện", "gạo", "Huế", "TP.HCM", "1.200", "ba", "tuần"];
    const pick = () => swaps[Math.floor(r() * swaps.length)]!;
    const sources = new Set<string>();
    while (sources.size < 1_500) {
      const words = base[Math.floor(r() * base.length)]!.split(" ");
      for (let k = Math.floor(r() * 5); k > 0; k--) words[Math.floor(r() * words.length)] = pick();
      sources.add(words.join(" "));
    }
    await addUnits([...sources]);
    const all = await db.tmEntry.findMany({ select: { id: true, vi: true } });
    for (const query of [...sources].slice(0, 25)) {
      const brute = findFuzzy(
        query,
        all.map((u) => ({ ...u, source: u.vi })),
        { min: 0.75, limit: 100_000 },
      );
      const indexed = await findMemoryMatchesFor(query, 100_000);
      expect(indexed.map((m) => m.id).sort()).toEqual(brute.map((m) => m.candidate.id).sort());
    }
  }, 120_000);

  it("is written with the unit by an approval and by a TMX import", async () => {
    const [translator, reviewer, admin] = [
      await createActor("translator"),
      await createActor("reviewer"),
      await createActor("admin"),
    ];
    const { articleId } = await createArticle(translator, ["Tin", "Lũ lớn ở miền Trung."].join("\n"));
    const row = await db.translation.findFirstOrThrow({ where: { articleId, lang: "de", segment: { position: 1 } } });
    const saved = await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Hochwasser in Zentralvietnam.", confirm: true },
      translator,
    );
    await approveTranslation({ translationId: row.id, expectedVersion: saved.version }, reviewer);
    const fed = await db.tmEntry.findFirstOrThrow({ where: { vi: "Lũ lớn ở miền Trung." } });
    const grams = await db.tmGram.findMany({ where: { entryId: fed.id } });
    expect(grams.map((g) => g.gram).sort()).toEqual(gramsOf(fed.vi).sort());
    expect(grams.every((g) => g.viLength === fed.viLength)).toBe(true);

    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body>
      <tu><tuv xml:lang="vi"><seg>Lũ lớn ở miền Trung.</seg></tuv><tuv xml:lang="en"><seg>Floods in central Vietnam.</seg></tuv></tu>
      <tu><tuv xml:lang="vi"><seg>Nắng nóng kéo dài ở Nam Bộ.</seg></tuv><tuv xml:lang="de"><seg>Hitze im Süden.</seg></tuv></tu>
    </body></tmx>`;
    expect(await importMemoryAction({ xml: tmx }, admin)).toMatchObject({ ok: true, data: { created: 1, updated: 1 } });
    const imported = await db.tmEntry.findFirstOrThrow({ where: { vi: "Nắng nóng kéo dài ở Nam Bộ." } });
    expect((await db.tmGram.findMany({ where: { entryId: imported.id } })).map((g) => g.gram).sort()).toEqual(
      gramsOf(imported.vi).sort(),
    );
    expect(await db.tmGram.count({ where: { entryId: { in: [fed.id, imported.id] } } })).toBe(
      gramsOf(fed.vi).length + gramsOf(imported.vi).length,
    );
    expect(await findMemoryMatchesFor("Nắng nóng kéo dài ở Nam Bộ")).toEqual([
      expect.objectContaining({ id: imported.id, de: "Hitze im Süden." }),
    ]);
    const words = await db.concordanceWord.findMany({ where: { refId: fed.id }, select: { word: true } });
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(["lu", "mien", "trung", "hochwasser", "floods"]));
  }, 60_000);
});
