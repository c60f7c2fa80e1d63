import "server-only";
import { writeSetting } from "./write-setting";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { FUZZY_FILL_THRESHOLDS } from "@/lib/translation/memory-fill";

/** Pre-fill fuzzy memory matches at or above this score (null: off, the default; exact matches always fill). */
export type MemoryFillSettings = { fuzzyThreshold: number | null };

const KEY = "memoryFill";

function parse(value: string | undefined): MemoryFillSettings {
  if (!value) return { fuzzyThreshold: null };
  const t = (JSON.parse(value) as { fuzzyThreshold?: unknown }).fuzzyThreshold;
  // Only a threshold the form offers counts; anything else (an older or hand-edited row) is off.
  const known = (FUZZY_FILL_THRESHOLDS as readonly unknown[]).includes(t);
  return { fuzzyThreshold: known ? (t as number) : null };
}

export async function loadMemoryFillSettings(tx: Prisma.TransactionClient = db): Promise<MemoryFillSettings> {
  const row = await tx.setting.findUnique({ where: { key: KEY } });
  return parse(row?.value);
}

/** The admin's choice, with its audit row in the same transaction. */
export async function saveMemoryFillSettings(input: MemoryFillSettings, actor: Actor): Promise<MemoryFillSettings> {
  await db.$transaction(async (tx) => {
    await writeSetting(tx, KEY, input);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.memory-fill",
      entityType: "setting",
      entityId: KEY,
      data: input,
    });
  });
  return input;
}
