import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCommentAction, listCommentsAction } from "@/lib/review/server/actions";
import { loadEditor } from "@/lib/articles/server/load-editor";
import { createActor, createArticle } from "../../factories";

describe("comments", () => {
  it("are kept per segment and language, listed oldest first, counted in the editor, and audited", async () => {
    const [lan, jonas] = [await createActor("translator", "Lan"), await createActor("reviewer", "Jonas")];
    const { articleId, translations } = await createArticle(lan);
    const segmentId = translations[0]!.segmentId;
    expect(await addCommentAction({ segmentId, lang: "de", body: "Ist „U-Bahn“ hier richtig?" }, lan)).toMatchObject({
      ok: true,
    });
    expect(await addCommentAction({ segmentId, lang: "de", body: "Ja, Hanoi sagt Metro." }, jonas)).toMatchObject({
      ok: true,
    });
    const listed = await listCommentsAction({ segmentId, lang: "de" }, jonas);
    expect(listed.ok && listed.data.map((c) => [c.author, c.body])).toEqual([
      ["Lan", "Ist „U-Bahn“ hier richtig?"],
      ["Jonas", "Ja, Hanoi sagt Metro."],
    ]);
    expect(await listCommentsAction({ segmentId, lang: "en" }, jonas)).toEqual({ ok: true, data: [] });
    const editor = await loadEditor(articleId);
    expect(editor.segments[0]?.translations.de?.commentCount).toBe(2);
    expect(editor.segments[0]?.translations.en?.commentCount).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "comment.create" } })).toBe(2);
  });

  it("refuses an empty comment and an unknown segment, writing nothing", async () => {
    const lan = await createActor("translator");
    const { translations } = await createArticle(lan);
    const before = await db.comment.count();
    expect(await addCommentAction({ segmentId: translations[0]!.segmentId, lang: "de", body: "   " }, lan)).toEqual({
      ok: false,
      code: "COMMENT_EMPTY",
      params: {},
    });
    expect(await addCommentAction({ segmentId: "nope", lang: "de", body: "x" }, lan)).toMatchObject({
      ok: false,
      code: "SEGMENT_NOT_FOUND",
    });
    expect(await db.comment.count()).toBe(before);
  });
});
