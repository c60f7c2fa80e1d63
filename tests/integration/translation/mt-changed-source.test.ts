// A new version of the source changes a sentence: its translations stay as drafts, and "Machine translate"
// gives them a machine text for the new source beside the draft (never over it), once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { updateArticleSource } from "@/lib/articles/server/update-article-source";
import { getMtStatusAction, startMachineTranslationAction } from "@/lib/translation/server/actions";
import { drainJobs, translateRequests, withDeeplServer } from "./helpers";

const { server } = withDeeplServer();

const first = [
  "Đà Nẵng đón khách quốc tế",
  "Năm 2017, thành phố đón 3 triệu lượt khách quốc tế.",
  "Các khách sạn ven biển kín phòng trong dịp lễ.",
];
const corrected = "Năm 2018, thành phố đón 3,5 triệu lượt khách quốc tế.";

async function translatedStory() {
  const translator = await createActor("translator");
  const { articleId } = await createArticle(translator, first.join("\n"));
  await startMachineTranslationAction({ articleId }, translator);
  await drainJobs();
  const de = await db.translation.findFirstOrThrow({
    where: { articleId, lang: "de", segment: { sourceText: first[1] } },
  });
  await saveTranslation(
    { translationId: de.id, expectedVersion: de.version, text: "Im Jahr 2017 kamen 3 Millionen.", confirm: true },
    translator,
  );
  await updateArticleSource(
    { articleId, format: "text", content: [first[0], corrected, first[2]].join("\n") },
    translator,
  );
  return { articleId, translator, rowId: de.id };
}

describe("machine text for a changed source", () => {
  it("refreshes the machine text of the changed segment's drafts and leaves their text, state and version", async () => {
    const { articleId, translator, rowId } = await translatedStory();
    const before = await db.translation.findUniqueOrThrow({ where: { id: rowId } });
    expect(before).toMatchObject({ state: "draft", sourceChanged: true, text: "Im Jahr 2017 kamen 3 Millionen." });
    expect(before.machineText).toMatch(/^\[DE\] .*2017/); // the local DeepL server's German of the old source
    server().reset();

    await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    const sent = translateRequests(server()).flatMap((r) => r.texts ?? []);
    expect(sent).toEqual([corrected, corrected]); // German and English of the changed sentence, nothing else

    const after = await db.translation.findUniqueOrThrow({ where: { id: rowId } });
    expect(after).toMatchObject({ state: "draft", sourceChanged: true, version: before.version, text: before.text });
    expect(after.machineText).toMatch(/^\[DE\] .*2018/);
    expect(JSON.parse(after.machineSettings!)).toMatchObject({ forSource: corrected });
    const revisions = await db.revision.count({ where: { translationId: rowId } });
    expect(revisions).toBe(
      await db.revision.count({ where: { translationId: rowId, version: { lte: before.version } } }),
    );

    const status = await getMtStatusAction({ articleId }, translator);
    const patch = status.ok ? status.data.changes.find((c) => c.patch.machineText === after.machineText) : null;
    expect(patch?.patch).toEqual({ machineText: after.machineText }); // not the text a translator may be editing
  });

  it("never refreshes an approved text, and sends nothing on the next run", async () => {
    const { articleId, translator } = await translatedStory();
    // the English of the changed sentence was settled by a reviewer before anyone asked for MT
    await db.translation.updateMany({
      where: { articleId, lang: "en", segment: { sourceText: corrected } },
      data: { state: "approved" },
    });
    server().reset();
    await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    expect(translateRequests(server()).map((r) => [r.target_lang, r.texts])).toEqual([["DE", [corrected]]]);
    server().reset();
    await startMachineTranslationAction({ articleId }, translator);
    await drainJobs();
    expect(translateRequests(server())).toHaveLength(0);
  });
});
