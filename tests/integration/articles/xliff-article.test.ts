// A source-only XLIFF (what a CMS or a CAT tool exports) with Vietnamese source becomes a new article:
// from the import page and through the CMS API. Targets in it are translated texts awaiting review, like
// every imported human translation (lib/articles/prepare-import.ts), signed-off ones approved where the
// rules allow; notes become comments; a wrong language refuses the file and writes nothing.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticleAction } from "@/lib/articles/server/actions";
import { POST as importRoute } from "@/app/api/v1/articles/route";
import { stopWebhookWorker } from "@/lib/cms/server/deliver-webhooks";
import { createActor } from "../../factories";
import { apiRequest, createToken } from "../cms/helpers";

afterAll(() => stopWebhookWorker());
afterEach(async () => {
  await db.setting.deleteMany({ where: { key: "fourEyes" } });
});

const V2 = "urn:oasis:names:tc:xliff:document:2.0";
const sourceOnly2 = [
  `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="${V2}" version="2.0" srcLang="vi-VN">`,
  '<file id="f1" original="https://vnexpress.net/ha-noi-metro-5.html">',
  '<unit id="tt"><segment><source>Hà Nội khởi công tuyến metro số 5</source></segment></unit>',
  '<unit id="p1"><segment><source>Tuyến dài 39,6 km. </source></segment>',
  "<segment><source>Dự kiến xong năm 2030.</source></segment></unit>",
  '<unit id="p2"><notes><note>Kiểm tra số liệu</note></notes><segment><source>Vốn 65.400 tỷ đồng.</source></segment></unit>',
  "</file></xliff>",
].join("\n");

const withTargets12 = [
  '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
  '<file original="cms/4711.xml" source-language="vi" target-language="de-AT" datatype="plaintext"><body>',
  '<trans-unit id="1"><source>Giá vàng tăng mạnh</source><target state="translated">Goldpreis steigt stark</target></trans-unit>',
  '<trans-unit id="2" approved="yes"><source>Giá vàng hôm nay tăng.</source><target state="final">Der Goldpreis stieg heute.</target></trans-unit>',
  '<trans-unit id="3"><source>Nhà đầu tư lo ngại.</source><target>Nhà đầu tư lo ngại.</target><note from="reviewer">Quelle fehlt</note></trans-unit>',
  "</body></file></xliff>",
].join("\n");

async function texts(articleId: string) {
  const segments = await db.segment.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    include: { translations: { where: { lang: "de" } }, comments: true },
  });
  return segments.map((s) => [s.kind, s.sourceText, s.translations[0]?.text ?? "", s.translations[0]?.state]);
}

describe("XLIFF as a new article", () => {
  it("2.x source only: one segment per unit, the first the title, original URL as source; a note as comment", async () => {
    const lan = await createActor("translator");
    const result = await importArticleAction({ format: "xliff", content: sourceOnly2 }, lan);
    if (!result.ok) throw new Error(result.code);
    const article = await db.article.findUniqueOrThrow({ where: { id: result.data.articleId } });
    expect([article.title, article.sourceUrl]).toEqual([
      "Hà Nội khởi công tuyến metro số 5",
      "https://vnexpress.net/ha-noi-metro-5.html",
    ]);
    expect(await texts(article.id)).toEqual([
      ["title", "Hà Nội khởi công tuyến metro số 5", "", "untranslated"],
      ["body", "Tuyến dài 39,6 km. Dự kiến xong năm 2030.", "", "untranslated"],
      ["body", "Vốn 65.400 tỷ đồng.", "", "untranslated"],
    ]);
    const comments = await db.comment.findMany({ where: { segment: { articleId: article.id } } });
    expect(comments.map((c) => [c.body, c.lang, c.authorId])).toEqual([["Kiểm tra số liệu", null, lan.id]]);
  });

  it("1.2 with German targets (de-AT): translated (awaiting review), signed-off approved when allowed, copied source left out", async () => {
    await db.setting.create({ data: { key: "fourEyes", value: "false" } });
    const reviewer = await createActor("reviewer");
    const result = await importArticleAction({ format: "xliff", content: withTargets12 }, reviewer);
    if (!result.ok) throw new Error(result.code);
    expect(await texts(result.data.articleId)).toEqual([
      ["title", "Giá vàng tăng mạnh", "Goldpreis steigt stark", "translated"],
      ["body", "Giá vàng hôm nay tăng.", "Der Goldpreis stieg heute.", "approved"],
      ["body", "Nhà đầu tư lo ngại.", "", "untranslated"],
    ]);
    const comments = await db.comment.findMany({ where: { segment: { articleId: result.data.articleId } } });
    expect(comments.map((c) => [c.body, c.lang])).toEqual([["Quelle fehlt", "de"]]);

    const translator = await createActor("translator");
    const again = await importArticleAction({ format: "xliff", content: withTargets12 }, translator);
    if (!again.ok) throw new Error(again.code);
    expect((await texts(again.data.articleId))[1]?.[3]).toBe("translated");
  });

  it("refuses a non-Vietnamese source or a target language we do not translate into, writing nothing", async () => {
    const lan = await createActor("translator");
    const before = await db.article.count();
    const english = sourceOnly2.replace('srcLang="vi-VN"', 'srcLang="en"');
    expect(await importArticleAction({ format: "xliff", content: english }, lan)).toMatchObject({
      ok: false,
      code: "XLIFF_SOURCE_LANGUAGE_MISMATCH",
    });
    const french = withTargets12.replace('target-language="de-AT"', 'target-language="fr"');
    expect(await importArticleAction({ format: "xliff", content: french }, lan)).toMatchObject({
      ok: false,
      code: "XLIFF_LANGUAGE_MISMATCH",
    });
    expect(await db.article.count()).toBe(before);
  });

  it("through the CMS API with format xliff", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, ["import"]);
    const body = JSON.stringify({ format: "xliff", content: withTargets12 });
    const headers = { "Content-Type": "application/json" };
    const res = await importRoute(apiRequest("/api/v1/articles", token, { method: "POST", body, headers }));
    expect(res.status).toBe(201);
    const { id, segments } = (await res.json()) as { id: string; segments: number };
    expect(segments).toBe(3);
    expect((await texts(id))[0]).toEqual(["title", "Giá vàng tăng mạnh", "Goldpreis steigt stark", "translated"]);
  });
});
