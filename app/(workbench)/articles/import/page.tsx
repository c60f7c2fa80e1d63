import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { ImportForm } from "@/components/articles/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importer"))("title") };
}

export default async function ImportPage() {
  const [t, user] = await Promise.all([getTranslations("importer"), requireUser()]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <ImportForm canTranslate={can(user.role, "translation.machine")} />
    </>
  );
}
