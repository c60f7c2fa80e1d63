import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckOptions, HouseStyle } from "@/lib/quality";

const DEFAULT_STYLE: HouseStyle = { diacritics: "keep" };

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
