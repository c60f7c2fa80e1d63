import "server-only";
import { db } from "@/lib/db";
import { weekOf } from "@/lib/review/effort-fields";

/**
 * EffortDay recomputed from every translation's stored effort (a repair, and the reference the tests
 * compare the incremental upkeep with). Reads the whole archive once, as sums per day: not for requests.
 */
export async function rebuildEffortDays(): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const groups = await tx.translation.groupBy({
        by: ["effortDay", "lang"],
        where: { effortAt: { not: null } },
        _sum: { effortWords: true, editSeconds: true, effortBaseWords: true, effortEdits: true },
        _count: { _all: true, effortBaseWords: true },
      });
      await tx.effortDay.deleteMany({});
      const rows = groups
        .filter((g) => g.effortDay)
        .map((g) => ({
          day: g.effortDay!,
          lang: g.lang,
          week: weekOf(g.effortDay!),
          segments: g._count._all,
          words: g._sum.effortWords ?? 0,
          seconds: g._sum.editSeconds ?? 0,
          baseSegments: g._count.effortBaseWords,
          baseWords: g._sum.effortBaseWords ?? 0,
          edits: g._sum.effortEdits ?? 0,
        }));
      if (rows.length) await tx.effortDay.createMany({ data: rows });
      return rows.length;
    },
    { timeout: 120_000 },
  );
}
