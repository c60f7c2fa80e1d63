// Saves, comments and glossary terms refuse what no text may hold (NUL, other control characters, lone
// surrogates) and what is longer than a save allows, with a coded error, and write nothing — on SQLite and
// on PostgreSQL, which would otherwise answer a NUL with an internal error.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addCommentAction,
  approveTranslationAction,
  confirmTranslationAction,
  rejectTranslationAction,
  saveTranslationAction,
} from "@/lib/review/server/actions";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { saveGlossaryTermAction } from "@/lib/translation/server/actions";
import { createActor, createArticle } from "../../factories";
import { everything, germanTitle } from "./hygiene-fixtures";

describe("text hygiene and length limits: saves", () => {
  it("a save, confirm or approval with a lone surrogate or NUL is refused and writes nothing", async () => {
    const [lan, jonas] = [await createActor("translator"), await createActor("reviewer")];
    const { articleId } = await createArticle(lan);
    const t = await germanTitle(articleId);
    const before = await everything();
    const save = (text: string) =>
      saveTranslationAction({ translationId: t.id, expectedVersion: t.version, text, confirm: false }, lan);
    expect(await save("Hanoi baut\ud800 eine U-Bahn")).toEqual({
      ok: false,
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "text", position: 11, character: "U+D800" },
    });
    expect(await save("Hanoi\u0000")).toMatchObject({
      ok: false,
      code: "TEXT_INVALID_CHARACTER",
      params: { character: "U+0000" },
    });
    expect(
      await confirmTranslationAction(
        { translationId: t.id, expectedVersion: t.version, text: "\u001bHanoi", confirm: true },
        lan,
      ),
    ).toMatchObject({ ok: false, code: "TEXT_INVALID_CHARACTER", params: { position: 1, character: "U+001B" } });
    expect(
      await approveTranslationAction({ translationId: t.id, expectedVersion: t.version, text: "Hanoi \udc00" }, jonas),
    ).toMatchObject({ ok: false, code: "TEXT_INVALID_CHARACTER", params: { field: "text", character: "U+DC00" } });
    expect(
      await rejectTranslationAction({ translationId: t.id, expectedVersion: t.version, reason: "Falsch\u0000" }, jonas),
    ).toMatchObject({ ok: false, code: "TEXT_INVALID_CHARACTER", params: { field: "reason" } });
    expect(await everything()).toEqual(before);
    expect(await germanTitle(articleId)).toEqual(t);
  });

  it("a save is capped at MAX_SEGMENT_TEXT characters: exactly the cap is stored whole, one more is refused", async () => {
    const lan = await createActor("translator");
    const { articleId } = await createArticle(lan);
    const t = await germanTitle(articleId);
    const before = await everything();
    const long = "Ạ".repeat(MAX_SEGMENT_TEXT + 1);
    expect(
      await saveTranslationAction({ translationId: t.id, expectedVersion: 1, text: long, confirm: false }, lan),
    ).toEqual({
      ok: false,
      code: "TEXT_TOO_LONG",
      params: { field: "text", limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
    expect(await everything()).toEqual(before);
    const saved = await saveTranslationAction(
      { translationId: t.id, expectedVersion: 1, text: long.slice(1), confirm: false },
      lan,
    );
    expect(saved).toMatchObject({ ok: true });
    expect((await germanTitle(articleId)).text).toBe(long.slice(1));
  });

  it("comments and glossary terms refuse control characters", async () => {
    const [lan, admin] = [await createActor("translator"), await createActor("admin")];
    const { articleId } = await createArticle(lan);
    const segment = await db.segment.findFirstOrThrow({ where: { articleId } });
    const before = await everything();
    expect(await addCommentAction({ segmentId: segment.id, lang: "de", body: "Passt\u0007 so?" }, lan)).toMatchObject({
      ok: false,
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "body", position: 6, character: "U+0007" },
    });
    expect(
      await saveGlossaryTermAction(
        { vi: "Tỉnh ủy\u0000", de: "Provinzparteikomitee", en: "", note: "", caseSensitive: false },
        admin,
      ),
    ).toMatchObject({ ok: false, code: "TEXT_INVALID_CHARACTER", params: { field: "vi" } });
    expect(await everything()).toEqual(before);
  });
});
