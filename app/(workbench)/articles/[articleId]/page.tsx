import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { loadEditor } from "@/lib/articles/server/load-editor";
import { listGlossary } from "@/lib/translation/server/list-glossary";
import { Editor } from "@/components/editor/editor";
import { MtProvider } from "@/components/editor/mt-context";
import { loadArticleAssignments } from "@/lib/assignments/server/load-article-assignments";
import { AssignmentPanel } from "@/components/assignments/assignment-panel";
import { mtConfigured } from "@/lib/translation/server/load-provider";

type Props = {
  params: Promise<{ articleId: string }>;
  /** After an import with "Fill from translation memory": how many were filled (import-form.tsx). */
  searchParams?: Promise<{ filled?: string; fuzzy?: string }>;
};

/** A count from the URL, or null (absent or not a small whole number). */
function count(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : null;
}

async function load(articleId: string) {
  try {
    return await loadEditor(articleId);
  } catch (error) {
    if (isAppError(error) && error.code === "ARTICLE_NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const article = await load(articleId);
  return { title: article.title };
}

export default async function EditorPage({ params, searchParams }: Props) {
  const [{ articleId }, user, t] = await Promise.all([params, requireUser(), getTranslations("editor")]);
  const query = (await searchParams) ?? {};
  const filled = count(query.filled);
  const fuzzy = count(query.fuzzy) ?? 0;
  const [article, glossary, configured] = await Promise.all([load(articleId), listGlossary(), mtConfigured()]);
  const canConfigure = can(user.role, "settings.manage");
  const assignments = await loadArticleAssignments(article.id);
  return (
    <div className="editor-page">
      <div className="page-head">
        <div>
          <h1 lang="vi">{article.title}</h1>
          <p className="muted small">
            {article.byline ? <span lang="vi">{article.byline} · </span> : null}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noreferrer noopener" target="_blank">
                {t("source")}
              </a>
            ) : null}
          </p>
        </div>
        <div className="actions">
          <Link href={`/articles/${article.id}/versions`} className="button ghost">
            {t("versionsLink")}
          </Link>
          {can(user.role, "article.import") ? (
            <Link href={`/articles/import?article=${encodeURIComponent(article.id)}`} className="button ghost">
              {t("newVersion")}
            </Link>
          ) : null}
          <Link href={`/articles/${article.id}/publish`} className="button">
            {t("publishLink")}
          </Link>
        </div>
      </div>
      {filled !== null ? (
        <p className="small memory-filled" role="status">
          {t("memoryFill.result", { total: filled + fuzzy, fuzzy })}
        </p>
      ) : null}
      <AssignmentPanel articleId={article.id} data={assignments} canManage={can(user.role, "assignment.manage")} />
      <MtProvider value={{ articleId: article.id, glossary, configured, canConfigure }}>
        <Editor
          article={article}
          me={user.name}
          userId={user.id}
          permissions={{
            edit: can(user.role, "translation.edit"),
            approve: can(user.role, "translation.approve"),
            machine: can(user.role, "translation.machine"),
          }}
        />
      </MtProvider>
    </div>
  );
}
