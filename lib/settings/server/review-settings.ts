import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Four-eyes rule (on by default): nobody approves a text they wrote themselves. */
export async function isFourEyesOn(tx: Prisma.TransactionClient): Promise<boolean> {
  const row = await tx.setting.findUnique({ where: { key: "fourEyes" } });
  return row ? JSON.parse(row.value) !== false : true;
}
