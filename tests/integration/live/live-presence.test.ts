import { afterAll, describe, expect, it } from "vitest";
import { openLiveStream } from "@/lib/live/server/open-stream";
import { hub } from "@/lib/live/server/hub";
import { movePresence } from "@/lib/live/server/move-presence";
import { peopleInArticles } from "@/lib/live/server/people-in-articles";
import { stopListening } from "@/lib/live/server/pg-listener";
import { createActor, createArticle } from "../../factories";

afterAll(() => stopListening());

describe("presence", () => {
  it("shows who is in which cell, for the article list too, and forgets an editor that closed", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan Nguyễn"), await createActor("reviewer", "Jonas Weber")];
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    const abort = new AbortController();
    const reader = openLiveStream({ articleId, actor: jonas, lastEventId: null, signal: abort.signal }).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const hello = await reader.read();
    const clientId = /"clientId":"([^"]+)"/.exec(first + new TextDecoder().decode(hello.value))![1]!;
    await expect.poll(async () => (await peopleInArticles([articleId])).get(articleId)).toEqual(["Jonas Weber"]);

    const cell = { clientId, segmentId: de.segmentId, lang: "de" as const, typing: true };
    await movePresence(articleId, cell, jonas);
    await expect
      .poll(() => hub().presence.list(articleId))
      .toEqual([
        expect.objectContaining({ name: "Jonas Weber", initials: "JW", segmentId: de.segmentId, typing: true }),
      ]);
    // His stream repeats where he is in its beats from now on (the move may have come through another instance).
    expect(hub().streams.get(clientId)?.last).toMatchObject({ segmentId: de.segmentId, lang: "de" });

    // Someone else sending his client id cannot move his badge: it is a badge of their own.
    await movePresence(articleId, { ...cell, segmentId: "elsewhere" }, lan);
    await expect.poll(() => hub().presence.list(articleId).length).toBe(2);
    expect(
      hub()
        .presence.list(articleId)
        .find((p) => p.userId === jonas.id)?.segmentId,
    ).toBe(de.segmentId);

    abort.abort();
    await expect
      .poll(() =>
        hub()
          .presence.list(articleId)
          .map((p) => p.name),
      )
      .toEqual(["Lan Nguyễn"]);
  });
});
