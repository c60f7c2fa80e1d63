import { describe, expect, it } from "vitest";
import { dayOf, dueDay, isOverdue } from "@/lib/assignments/deadline";
import { canFill, rolesFor } from "@/lib/assignments/eligible";
import { nextInQueue, orderQueue, sectionsFor, type QueueItem } from "@/lib/queue/sections";
import { listParams } from "@/lib/articles/list-params";
import { progressFromCounts } from "@/lib/review/workflow";
import { ROLES } from "@/lib/vocabulary";

const item = (articleId: string, over: Partial<QueueItem> = {}): QueueItem => ({
  articleId,
  title: articleId,
  lang: "de",
  count: 1,
  extra: 0,
  dueAt: null,
  assignedToMe: false,
  since: null,
  ...over,
});

describe("deadlines", () => {
  it("takes calendar days only and is overdue the day after", () => {
    expect(dueDay.safeParse("2026-11-30").success).toBe(true);
    expect(dueDay.safeParse("2026-02-30").success).toBe(false);
    expect(dueDay.safeParse("30.11.2026").success).toBe(false);
    const due = new Date("2026-11-27T00:00:00Z");
    expect(isOverdue(due, new Date("2026-11-27T23:59:00Z"))).toBe(false);
    expect(isOverdue(due, new Date("2026-11-28T00:00:01Z"))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
    expect(dayOf(due)).toBe("2026-11-27");
  });
});

describe("who may fill a slot", () => {
  it("reads the permission table", () => {
    expect(rolesFor("translator", ROLES)).toEqual(["translator", "reviewer", "publisher", "admin"]);
    expect(rolesFor("reviewer", ROLES)).toEqual(["reviewer", "publisher", "admin"]);
    expect(canFill("reviewer", "translator")).toBe(false);
    expect(canFill("translator", null)).toBe(false);
  });
});

describe("queues", () => {
  it("gives each role its sections and an admin all of them", () => {
    expect(sectionsFor("translator")).toEqual(["translate"]);
    expect(sectionsFor("reviewer")).toEqual(["review", "returned"]);
    expect(sectionsFor("publisher")).toEqual(["publish"]);
    expect(sectionsFor("admin")).toEqual(["translate", "review", "returned", "publish"]);
  });

  it("puts my assignments first, then deadlines (overdue first), and keeps the found order otherwise", () => {
    const ordered = orderQueue([
      item("a"),
      item("b", { dueAt: new Date("2026-12-01") }),
      item("c", { dueAt: new Date("2026-11-01") }),
      item("d", { assignedToMe: true }),
      item("e"),
    ]);
    expect(ordered.map((i) => i.articleId)).toEqual(["d", "c", "b", "a", "e"]);
  });

  it("goes on to another article than the current one", () => {
    const queue = [item("a"), item("a", { lang: "en" }), item("b")];
    expect(nextInQueue(queue, "a")?.articleId).toBe("b");
    expect(nextInQueue([item("a")], "a")).toBeNull();
  });
});

describe("list parameters and counts", () => {
  it("falls back to the plain list on unknown values", () => {
    expect(listParams.parse({ state: "bogus", sort: "x", lang: "fr" })).toEqual({
      after: undefined,
      before: undefined,
      sort: "newest",
      q: undefined,
      state: undefined,
      lang: undefined,
    });
    expect(listParams.parse({ state: "needsReview", lang: "en", sort: "deadline" })).toMatchObject({
      state: "needsReview",
      lang: "en",
      sort: "deadline",
    });
  });

  it("counts translated texts as awaiting review and as translated", () => {
    expect(progressFromCounts({ translated: 3, approved: 1, rejected: 2 })).toEqual({
      total: 6,
      approved: 1,
      translated: 4,
      untranslated: 0,
      needsReview: 3,
      rejected: 2,
    });
  });
});
