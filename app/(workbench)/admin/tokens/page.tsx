import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { listApiTokens } from "@/lib/cms/server/list-api-tokens";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { TokenTable } from "@/components/admin/token-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

export default async function TokensPage() {
  await requirePermission("token.manage"); // non-admins get "not found", whatever links they see
  const [t, tokens] = await Promise.all([getTranslations("admin.tokens"), listApiTokens()]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <div className="stack">
        <TokenCreateForm />
        <p className="muted small">{t("count", { count: tokens.length })}</p>
        <TokenTable tokens={tokens} />
      </div>
    </>
  );
}
