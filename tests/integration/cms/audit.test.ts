import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/server/list-audit-events";
import { revokeApiTokenAction } from "@/lib/cms/server/actions";
import { createActor, createArticle } from "../../factories";
import { createToken } from "./helpers";

const list = (params: Record<string, string>) => listAuditEvents(parseAuditFilters(params));

describe("audit log", () => {
  it("lists events newest first with actor names and article titles, filtered by action, user, article and day", async () => {
    const admin = await createActor("admin", "Ada Admin");
    const translator = await createActor("translator", "Tom Translator");
    const { articleId } = await createArticle(translator);
    await createArticle(admin);
    const token = await createToken(admin, ["read"]);
    await revokeApiTokenAction({ id: token.id }, admin);

    const all = await list({});
    expect(all.total).toEqual({ count: 4, capped: false });
    // Order within one millisecond is not defined; "newest first" is checked with fixed times below.
    expect(all.events.map((e) => e.action).sort()).toEqual([
      "article.import",
      "article.import",
      "token.create",
      "token.revoke",
    ]);
    expect(all.events.find((e) => e.action === "token.revoke")).toMatchObject({
      actor: "Ada Admin",
      entityType: "apiToken",
      data: { name: token.name },
    });
    expect(all.users.map((u) => u.name)).toEqual(expect.arrayContaining(["Ada Admin", "Tom Translator"]));

    expect((await list({ action: "token" })).events.map((e) => e.action).sort()).toEqual([
      "token.create",
      "token.revoke",
    ]);
    expect((await list({ action: "token.create" })).total.count).toBe(1);
    expect((await list({ action: "tok" })).total.count).toBe(0); // a prefix of whole words only
    expect((await list({ user: translator.id })).events).toMatchObject([
      {
        action: "article.import",
        actor: "Tom Translator",
        articleId,
        articleTitle: "Hà Nội khởi công tuyến metro mới",
      },
    ]);
    expect((await list({ article: articleId })).total.count).toBe(1);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ from: today, to: today })).total.count).toBe(4);
    expect((await list({ to: "2020-01-01" })).total.count).toBe(0);
    expect((await list({ from: "2999-01-01" })).total.count).toBe(0);
  });

  it("pages by 50, by cursor", async () => {
    const admin = await createActor("admin");
    await db.auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        actorId: admin.id,
        action: "glossary.create",
        entityType: "glossaryTerm",
        entityId: `t${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = await list({ action: "glossary" });
    const second = await list({ action: "glossary", after: first.next! });
    expect([first.total.count, first.events.length, second.events.length]).toEqual([60, 50, 10]);
    expect(first.events[0]?.entityId).toBe("t59");
    expect([first.prev, second.next]).toEqual([null, null]);
    expect(second.events.at(-1)?.entityId).toBe("t0");
  });
});
