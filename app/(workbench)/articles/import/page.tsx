import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/articles/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importer"))("title") };
}

export default async function ImportPage() {
  const t = await getTranslations("importer");
  return (
    <>
      <div className="page-head"><h1>{t("title")}</h1></div>
      <p className="muted lead-text">{t("intro")}</p>
      <ImportForm />
    </>
  );
}
