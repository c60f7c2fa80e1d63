import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type Actor, type Role, ROLES } from "@/lib/vocabulary";
import { importArticleAction } from "@/lib/articles/server/actions";
import {
  addCommentAction,
  approveTranslationAction,
  confirmTranslationAction,
  loadHistoryAction,
  rejectTranslationAction,
  saveTranslationAction,
} from "@/lib/review/server/actions";
import { setLocaleAction } from "@/lib/users/server/actions";
import { createActor, createArticle, SAMPLE_ARTICLE } from "../../factories";

// Every mutating action × every role, through the same door the server actions use.
type Case = { name: string; allowed: Role[]; run: (actor: Actor | null) => Promise<{ ok: boolean; code?: string }> };

async function confirmedTranslation() {
  const owner = await createActor("translator");
  const { translations } = await createArticle(owner);
  const t = translations[0]!;
  const r = await confirmTranslationAction(
    { translationId: t.id, expectedVersion: 1, text: "Bereit", confirm: true },
    owner,
  );
  if (!r.ok) throw new Error(r.code);
  return { id: t.id, version: r.data.version };
}

const cases: Case[] = [
  {
    name: "import an article",
    allowed: [...ROLES],
    run: (a) => importArticleAction({ format: "text", content: SAMPLE_ARTICLE }, a),
  },
  {
    name: "save a translation",
    allowed: [...ROLES],
    run: async (a) => {
      const t = await confirmedTranslation();
      return saveTranslationAction({ translationId: t.id, expectedVersion: t.version, text: "Neu", confirm: false }, a);
    },
  },
  {
    name: "confirm a translation",
    allowed: [...ROLES],
    run: async (a) => {
      const t = await confirmedTranslation();
      return confirmTranslationAction(
        { translationId: t.id, expectedVersion: t.version, text: "Neu", confirm: true },
        a,
      );
    },
  },
  {
    name: "approve a translation",
    allowed: ["reviewer", "publisher", "admin"],
    run: async (a) => {
      const t = await confirmedTranslation();
      return approveTranslationAction({ translationId: t.id, expectedVersion: t.version }, a);
    },
  },
  {
    name: "reject a translation",
    allowed: ["reviewer", "publisher", "admin"],
    run: async (a) => {
      const t = await confirmedTranslation();
      return rejectTranslationAction({ translationId: t.id, expectedVersion: t.version, reason: "Falsch" }, a);
    },
  },
  {
    name: "read the history",
    allowed: [...ROLES],
    run: async (a) => loadHistoryAction({ translationId: (await confirmedTranslation()).id }, a),
  },
  {
    name: "comment on a segment",
    allowed: [...ROLES],
    run: async (a) => {
      const t = await confirmedTranslation();
      const segmentId = (await db.translation.findUniqueOrThrow({ where: { id: t.id } })).segmentId;
      return addCommentAction({ segmentId, lang: "de", body: "Bitte Zahl prüfen." }, a);
    },
  },
  { name: "choose the UI language", allowed: [...ROLES], run: (a) => setLocaleAction({ locale: "vi" }, a) },
];

describe.each(cases)("$name", ({ allowed, run }) => {
  it.each([...ROLES])("as %s", async (role) => {
    const actor = await createActor(role);
    const before = await db.revision.count();
    const result = await run(actor);
    if (allowed.includes(role)) {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, code: "FORBIDDEN", params: expect.any(Object) });
      // The refused action wrote nothing beyond the fixture's own confirmation.
      expect(await db.revision.count()).toBe(before + 1);
    }
  });

  it("without a session", async () => {
    expect(await run(null)).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("the action door", () => {
  it("refuses malformed input with INVALID_INPUT naming the field", async () => {
    const actor = await createActor("reviewer");
    expect(await approveTranslationAction({ translationId: "x", expectedVersion: "one" }, actor)).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      params: { field: "expectedVersion" },
    });
  });
});
