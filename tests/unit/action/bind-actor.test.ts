import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bindActor, defineAction } from "@/lib/action";
import type { Actor } from "@/lib/vocabulary";

// The session binding is what every "use server" module exports: the actor comes from the server, never
// from the caller, whose arguments are whatever the request says.
const reviewer: Actor = { id: "u-reviewer", role: "reviewer", name: "Rita" };
const admin: Actor = { id: "u-admin", role: "admin", name: "Ada" };

const whoAmI = defineAction({
  permission: "translation.approve",
  input: z.object({ note: z.string().max(5) }),
  run: async (input, actor) => ({ note: input.note, actorId: actor.id }),
});

describe("bindActor", () => {
  it("runs the action as the resolved actor", async () => {
    const bound = bindActor(whoAmI, async () => reviewer);
    expect(await bound({ note: "hi" })).toEqual({ ok: true, data: { note: "hi", actorId: "u-reviewer" } });
  });

  it("ignores an actor smuggled in as a second argument", async () => {
    const bound = bindActor(whoAmI, async () => null) as (...args: unknown[]) => Promise<unknown>;
    expect(await bound({ note: "hi" }, admin)).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("keeps the door's checks: permission, then input", async () => {
    const translator: Actor = { id: "u-t", role: "translator", name: "Tam" };
    const asTranslator = bindActor(whoAmI, async () => translator);
    expect(await asTranslator({ note: "hi" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const asReviewer = bindActor(whoAmI, async () => reviewer);
    expect(await asReviewer({ note: "too long" })).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      params: { field: "note" },
    });
  });
});
