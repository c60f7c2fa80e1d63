import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setAssignmentAction } from "@/lib/assignments/server/actions";
import { findArticles } from "@/lib/articles/server/find-articles";
import { createActor, createArticle } from "../../factories";

describe("assignments", () => {
  it("a reviewer assigns a language to a translator and a reviewer with a deadline; audited; shown in the list", async () => {
    const [jonas, lan, anna] = [
      await createActor("reviewer"),
      await createActor("translator"),
      await createActor("reviewer"),
    ];
    const { articleId } = await createArticle(lan);
    const input = { articleId, lang: "de", translatorId: lan.id, reviewerId: anna.id, dueAt: "2026-12-01" };
    expect(await setAssignmentAction(input, jonas)).toEqual({
      ok: true,
      data: { translatorId: lan.id, reviewerId: anna.id, dueAt: "2026-12-01" },
    });
    const row = await db.assignment.findUniqueOrThrow({ where: { articleId_lang: { articleId, lang: "de" } } });
    expect(row.dueAt?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).dueAt).toEqual(row.dueAt);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "assignment.set" } });
    expect(audit.actorId).toBe(jonas.id);
    expect(JSON.parse(audit.data)).toMatchObject({
      lang: "de",
      translatorId: lan.id,
      dueAt: "2026-12-01",
      before: null,
    });
    const item = (await findArticles({ sort: "deadline" })).items.find((i) => i.id === articleId)!;
    expect(item.assignments.de).toMatchObject({ translator: lan.name, reviewer: anna.name });
    expect(item.assignments.en).toBeNull();

    // Clearing everything deletes the row and the article's deadline; the audit keeps what was before.
    const cleared = { articleId, lang: "de", translatorId: "", reviewerId: null, dueAt: "" };
    expect((await setAssignmentAction(cleared, jonas)).ok).toBe(true);
    expect(await db.assignment.count({ where: { articleId } })).toBe(0);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).dueAt).toBeNull();
    const last = await db.auditEvent.findMany({
      where: { articleId, action: "assignment.set" },
      orderBy: { createdAt: "asc" },
    });
    expect(JSON.parse(last[1]!.data).before).toMatchObject({ translatorId: lan.id, reviewerId: anna.id });
  });

  it("a translator cannot assign; wrong roles, unknown users and bad dates are refused and change nothing", async () => {
    const [jonas, lan] = [await createActor("reviewer"), await createActor("translator")];
    const { articleId } = await createArticle(lan);
    const base = { articleId, lang: "en", translatorId: lan.id, reviewerId: null, dueAt: null };
    expect(await setAssignmentAction(base, lan)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await setAssignmentAction({ ...base, reviewerId: lan.id }, jonas)).toMatchObject({
      ok: false,
      code: "ASSIGNEE_CANNOT_REVIEW",
    });
    expect(await setAssignmentAction({ ...base, translatorId: "nobody" }, jonas)).toMatchObject({
      ok: false,
      code: "ASSIGNEE_NOT_FOUND",
    });
    expect(await setAssignmentAction({ ...base, dueAt: "2026-02-30" }, jonas)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      params: { field: "dueAt" },
    });
    expect(await setAssignmentAction({ ...base, lang: "fr" }, jonas)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await db.assignment.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "assignment.set" } })).toBe(0);
  });
});
