import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckOptions, HouseStyle } from "@/lib/quality";

const DEFAULT_STYLE: HouseStyle = { diacritics: "keep" };

/** The glossary and house style every check run uses (admins edit both). */
export async function loadCheckOptions(tx: Prisma.TransactionClient): Promise<CheckOptions> {
  const style = await tx.setting.findUnique({ where: { key: "houseStyle" } });
  return { glossary: [], style: style ? { ...DEFAULT_STYLE, ...(JSON.parse(style.value) as Partial<HouseStyle>) } : DEFAULT_STYLE };
}
