import "server-only";
import { writeSetting } from "./write-setting";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/audit/server/record-event";
import { bumpChecksVersion } from "@/lib/quality/server/check-options";

export type ReviewSettings = { fourEyes: boolean; diacritics: "keep" | "strip" };

/** Four-eyes rule (on by default): nobody approves a text they wrote themselves. */
export async function isFourEyesOn(tx: Prisma.TransactionClient): Promise<boolean> {
  const row = await tx.setting.findUnique({ where: { key: "fourEyes" } });
  return row ? JSON.parse(row.value) !== false : true;
}

export async function loadReviewSettings(): Promise<ReviewSettings> {
  const [fourEyes, style] = await Promise.all([
    isFourEyesOn(db),
    db.setting.findUnique({ where: { key: "houseStyle" } }),
  ]);
  const diacritics = style ? (JSON.parse(style.value) as { diacritics?: string }).diacritics : undefined;
  return { fourEyes, diacritics: diacritics === "strip" ? "strip" : "keep" };
}

/**
 * The review rule and the house style for Vietnamese names (read by the quality checks on the next
 * save; existing issues are not re-computed), with an audit row.
 */
export async function saveReviewSettings(input: ReviewSettings, actor: Actor): Promise<ReviewSettings> {
  await db.$transaction(async (tx) => {
    await writeSetting(tx, "fourEyes", input.fourEyes);
    await writeSetting(tx, "houseStyle", { diacritics: input.diacritics });
    await bumpChecksVersion(tx); // the checks read the house style through a cache keyed by this stamp
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.update",
      entityType: "setting",
      entityId: "review",
      data: input,
    });
  });
  return input;
}
