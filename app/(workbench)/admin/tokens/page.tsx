import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { listApiTokens } from "@/lib/cms/server/list-api-tokens";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { TokenTable } from "@/components/admin/token-table";
import { KeysetPager } from "@/components/ui/keyset-pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

const params = z.object({
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
});

export default async function TokensPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePermission("token.manage"); // non-admins get "not found", whatever links they see
  const page = params.parse(await searchParams);
  const [t, tl, { tokens, total, prev, next }] = await Promise.all([
    getTranslations("admin.tokens"),
    getTranslations("list"),
    listApiTokens(page),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <div className="stack">
        <TokenCreateForm />
        <p className="muted small">
          {total.capped ? t("countCapped", { count: total.count }) : t("count", { count: total.count })}
        </p>
        <TokenTable tokens={tokens} />
        <KeysetPager
          newer={prev ? `?before=${encodeURIComponent(prev)}` : null}
          older={next ? `?after=${encodeURIComponent(next)}` : null}
          labels={{ nav: tl("pagination"), newer: tl("previous"), older: tl("next") }}
        />
      </div>
    </>
  );
}
