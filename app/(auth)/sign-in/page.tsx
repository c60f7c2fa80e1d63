import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/server/current-actor";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/");
  const [t, { next }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="brand" aria-hidden="true">
          Duyệt
        </p>
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
        <SignInForm next={next ?? ""} />
        <LanguageSwitcher signedIn={false} />
      </div>
    </main>
  );
}
