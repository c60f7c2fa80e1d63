import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { PasswordForm } from "@/components/account/password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.account"))("title") };
}

export default async function PasswordPage() {
  await requireUser();
  const t = await getTranslations("admin.account");
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <PasswordForm />
    </>
  );
}
