import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveEvent } from "@/lib/live/events";
import { hub, sharedThroughPostgres } from "@/lib/live/server/hub";
import { ensureListening, stopListening } from "@/lib/live/server/pg-listener";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { rejectTranslation } from "@/lib/review/server/reject-translation";
import { createActor, createArticle } from "../../factories";

type Rows = Extract<LiveEvent, { type: "rows" }>;

/** The next row event of an article on this instance's bus (or a failure after `ms`). */
function nextRows(articleId: string, ms = 5_000): Promise<Rows> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      leave();
      reject(new Error("no live event"));
    }, ms);
    const leave = hub().bus.subscribe(articleId, (event) => {
      if (event.type !== "rows") return;
      clearTimeout(timer);
      leave();
      resolve(event);
    });
  });
}

// On PostgreSQL the events come back through this instance's LISTEN connection, as with an open editor.
beforeAll(() => (sharedThroughPostgres() ? ensureListening() : undefined));
afterAll(() => stopListening());

describe("live updates after a commit", () => {
  it("a save reaches the article's open editors as the patch the editor applies, read after the commit", async () => {
    const lan = await createActor("translator", "Lan Nguyễn");
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    const event = nextRows(articleId);
    const saved = await saveTranslation(
      { translationId: de.id, expectedVersion: de.version, text: "Hanoi baut eine neue Metrolinie", confirm: true },
      lan,
    );
    const { actorId, actorName, changes } = await event;
    expect({ actorId, actorName }).toEqual({ actorId: lan.id, actorName: "Lan Nguyễn" });
    const mine = changes.find((c) => c.patch.id === de.id);
    expect(mine).toMatchObject({
      segmentId: de.segmentId,
      lang: "de",
      patch: { text: "Hanoi baut eine neue Metrolinie", state: "translated", version: saved.version },
    });
    expect(mine?.patch.updatedBy).toBe("Lan Nguyễn");
    // The English row of the segment comes as its re-checked issues only (its text did not move).
    const en = changes.find((c) => c.segmentId === de.segmentId && c.lang === "en");
    expect(en && Object.keys(en.patch).sort()).toEqual(["errorCount", "issues", "warningCount"]);
  });

  it("a rejection is announced; a refused step (stale version) announces nothing", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer", "Jonas Weber")];
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    const first = nextRows(articleId);
    const saved = await saveTranslation(
      { translationId: de.id, expectedVersion: de.version, text: "Hanoi baut eine Metro", confirm: true },
      lan,
    );
    await first;
    const refused = nextRows(articleId, 1_500);
    await expect(
      saveTranslation({ translationId: de.id, expectedVersion: de.version, text: "veraltet", confirm: false }, lan),
    ).rejects.toMatchObject({ code: "TRANSLATION_CONFLICT" });
    await expect(refused).rejects.toThrow("no live event");
    const rejected = nextRows(articleId);
    await rejectTranslation({ translationId: de.id, expectedVersion: saved.version, reason: "Falsch" }, jonas);
    const event = await rejected;
    expect(event.actorName).toBe("Jonas Weber");
    expect(event.changes.find((c) => c.patch.id === de.id)?.patch).toMatchObject({ state: "rejected" });
    const stored = await db.translation.findUniqueOrThrow({ where: { id: de.id } });
    expect(stored.state).toBe("rejected");
  });

  it("an article nobody has open costs no read", async () => {
    const lan = await createActor("translator");
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    expect(hub().bus.listening(articleId)).toBe(0);
    const before = hub().bus.currentId();
    await saveTranslation({ translationId: de.id, expectedVersion: 1, text: "Niemand sieht zu", confirm: false }, lan);
    await new Promise((r) => setTimeout(r, 300));
    expect(hub().bus.currentId()).toBe(before); // nothing was published on this instance
  });
});
