import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { listGlossary } from "@/lib/translation/server/list-glossary";
import { GlossaryEditor } from "@/components/admin/glossary-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mt.glossary"))("title") };
}

export default async function GlossaryPage() {
  await requirePermission("glossary.manage");
  const [t, terms] = await Promise.all([getTranslations("mt.glossary"), listGlossary()]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <GlossaryEditor terms={terms} />
    </>
  );
}
