import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Stores one setting (a Setting row holds JSON) in the caller's transaction, next to its audit row. */
export async function writeSetting(tx: Prisma.TransactionClient, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
