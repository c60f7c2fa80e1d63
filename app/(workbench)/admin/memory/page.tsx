import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countMemory } from "@/lib/translation/server/count-memory";
import { MemoryTransfer } from "@/components/admin/memory-transfer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mt.memoryAdmin"))("title") };
}

export default async function MemoryPage() {
  await requirePermission("glossary.manage");
  const [t, units] = await Promise.all([getTranslations("mt.memoryAdmin"), countMemory()]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <p data-testid="memory-units">
        {units.capped ? t("unitsCapped", { count: units.count }) : t("units", { count: units.count })}
      </p>
      <MemoryTransfer />
    </>
  );
}
