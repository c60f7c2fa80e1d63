import { afterAll, describe, expect, it } from "vitest";
import { openLiveStream } from "@/lib/live/server/open-stream";
import { hub } from "@/lib/live/server/hub";
import { stopListening } from "@/lib/live/server/pg-listener";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { createActor, createArticle } from "../../factories";

afterAll(() => stopListening());

/** Reads SSE frames from a stream until `until` matches one (or fails after 5 s). */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: RegExp): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5_000;
  while (!until.test(text)) {
    if (Date.now() > deadline) throw new Error(`no frame matching ${until}: ${text}`);
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

describe("an editor's live stream", () => {
  it("says hello, shows the editor's presence, carries a save, and on reconnect replays what was missed", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan Nguyễn"), await createActor("reviewer", "Jonas Weber")];
    const { articleId, translations } = await createArticle(lan);
    const de = translations.find((t) => t.lang === "de")!;
    const abort = new AbortController();
    const stream = openLiveStream({ articleId, actor: jonas, lastEventId: null, signal: abort.signal });
    const reader = stream.getReader();
    // Its own presence comes back through the bus (on PostgreSQL through NOTIFY, a moment later).
    const opening = await readUntil(reader, /"name":"Jonas Weber"/);
    expect(opening).toMatch(/^retry: 2000\n\nid: \w+-\d+\nevent: hello\n/);
    expect(opening).toContain('"name":"Jonas Weber"');
    const helloId = /id: (\S+)\nevent: hello/.exec(opening)![1]!;

    await saveTranslation({ translationId: de.id, expectedVersion: 1, text: "Live gesendet", confirm: false }, lan);
    const frame = await readUntil(reader, /event: rows\n/);
    expect(frame).toContain('"text":"Live gesendet"');
    abort.abort();
    // The editor closed: its presence is gone from the article.
    await expect.poll(() => hub().presence.list(articleId).length).toBe(0);

    // Reconnecting with the last id it had before the save: the save is replayed, nothing else.
    const again = openLiveStream({
      articleId,
      actor: jonas,
      lastEventId: helloId,
      signal: new AbortController().signal,
    });
    const replay = await readUntil(again.getReader(), /event: rows\n[^\n]*\n\n/);
    expect(replay).toContain('"text":"Live gesendet"');
    // An id the instance cannot place (another instance, a restart): all rows again, as patches.
    const foreign = openLiveStream({ articleId, actor: jonas, lastEventId: "x-1", signal: AbortSignal.abort() });
    const all = await readUntil(foreign.getReader(), /event: rows\n[^\n]*\n\n/);
    expect(all).toContain(de.id);
    expect(all).toContain("Live gesendet");
  });
});
