import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { LIVE_CHANNEL, parseNotice, rowsNotices, type LiveEvent } from "@/lib/live/events";
import { hub } from "@/lib/live/server/hub";
import { ensureListening, stopListening } from "@/lib/live/server/pg-listener";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor, createArticle } from "../../factories";

const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

afterAll(() => stopListening());

// Several app instances behind one database: each hears the others' commits through LISTEN/NOTIFY.
describe.skipIf(!onPostgres)("live updates between instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("a save on this instance notifies another instance's connection with a small payload, after the commit", async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(`LISTEN ${LIVE_CHANNEL}`);
      const heard = new Promise<string>((resolve) => other.once("notification", (m) => resolve(m.payload ?? "")));
      const lan = await createActor("translator", "Lan Nguyễn");
      const { articleId, translations } = await createArticle(lan);
      const de = translations.find((t) => t.lang === "de")!;
      const text = "Ein langer Text, der nie in der Benachrichtigung steht";
      await saveTranslation({ translationId: de.id, expectedVersion: 1, text, confirm: false }, lan);
      const payload = await heard;
      expect(parseNotice(payload)).toMatchObject({ kind: "rows", articleId, rows: [de.id], actorName: "Lan Nguyễn" });
      expect(payload).not.toContain("nie in der Benachrichtigung");
      // Whoever hears it reads the committed row.
      const row = await other.query('SELECT text, version FROM "Translation" WHERE id = $1', [de.id]);
      expect(row.rows[0]).toMatchObject({ text, version: 2 });
    } finally {
      await other.end();
    }
  });

  it("another instance's commit reaches this instance's open editors, read through this instance's client", async () => {
    await ensureListening();
    const lan = await createActor("translator", "Lan Nguyễn");
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    const event = new Promise<LiveEvent>((resolve) => {
      const leave = hub().bus.subscribe(articleId, (e) => {
        leave();
        resolve(e);
      });
    });
    // The other instance: its own Prisma client (its own pool), a commit, then its notice.
    const instanceB = createPrismaClient(process.env.DATABASE_URL);
    try {
      await instanceB.translation.update({ where: { id: de.id }, data: { text: "Von Instanz B", version: 2 } });
      const [notice] = rowsNotices(articleId, [de.id], lan);
      await instanceB.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`;
      const got = await event;
      expect(got.type === "rows" && got.changes.find((c) => c.patch.id === de.id)?.patch).toMatchObject({
        text: "Von Instanz B",
        version: 2,
      });
    } finally {
      await instanceB.$disconnect();
    }
  });
});
