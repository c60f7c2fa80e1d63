import "server-only";
import { writeSetting } from "@/lib/settings/server/write-setting";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckOptions, HouseStyle } from "@/lib/quality";

const DEFAULT_STYLE: HouseStyle = { diacritics: "keep" };

/**
 * The Setting row whose value changes (a fresh random stamp) in the same transaction as every change
 * to the glossary or the house style. A save reads it (one indexed row) and re-uses the options it
 * already built while the stamp is the same: several app instances on one database each see another
 * instance's change on their next save, never later. No row yet (nothing ever changed) is a stamp too.
 */
export const CHECKS_VERSION_KEY = "checks-version";

/** The glossary and house style every check run uses (admins edit both). */
export async function loadCheckOptions(tx: Prisma.TransactionClient): Promise<CheckOptions> {
  const [style, terms] = await Promise.all([
    tx.setting.findUnique({ where: { key: "houseStyle" } }),
    tx.glossaryTerm.findMany({ select: { vi: true, de: true, en: true, caseSensitive: true }, orderBy: { vi: "asc" } }),
  ]);
  return {
    // A term without a German (or English) rendering is simply not checked in that language.
    glossary: terms,
    style: style ? { ...DEFAULT_STYLE, ...(JSON.parse(style.value) as Partial<HouseStyle>) } : DEFAULT_STYLE,
  };
}

/** The current stamp (null: never changed). Read it in the same round of reads as the row being checked. */
export async function readChecksVersion(tx: Prisma.TransactionClient): Promise<string | null> {
  const row = await tx.setting.findUnique({ where: { key: CHECKS_VERSION_KEY }, select: { value: true } });
  return row?.value ?? null;
}

// One entry per process: the options of the last stamp seen. A promise, so a burst of saves after a
// change loads the options once, not once per save.
let cached: { stamp: string | null; options: Promise<CheckOptions> } | null = null;

/** The options for `stamp` (from readChecksVersion), loaded only when the stamp changed. */
export function cachedCheckOptions(tx: Prisma.TransactionClient, stamp: string | null): Promise<CheckOptions> {
  if (cached && cached.stamp === stamp) return cached.options;
  const entry = { stamp, options: loadCheckOptions(tx) };
  cached = entry;
  // A failed load is not kept: the next save tries again.
  entry.options.catch(() => {
    if (cached === entry) cached = null;
  });
  return entry.options;
}

/** Call in the transaction of every write to the glossary or the house style (it commits with it). */
export async function bumpChecksVersion(tx: Prisma.TransactionClient): Promise<void> {
  await writeSetting(tx, CHECKS_VERSION_KEY, randomUUID());
}
