"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CommentEntry } from "@/lib/review/server/comments";
import { addComment, listComments } from "@/lib/review/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { useLoad } from "@/components/ui/use-load";

/** The discussion on one translation: who said what, when; anyone who may comment adds to it. */
export function CommentsPanel({
  segmentId,
  lang,
  onCount,
}: {
  segmentId: string;
  lang: "de" | "en";
  onCount: (n: number) => void;
}) {
  const t = useTranslations("editor.comments");
  const format = useFormatter();
  const loaded = useLoad(listComments, { segmentId, lang }, `${segmentId}:${lang}`);
  // Comments posted here since the list was loaded (the list is loaded again when the panel reopens).
  const [posted, setPosted] = useState<CommentEntry[]>([]);
  const [body, setBody] = useState("");
  const comments = loaded.data ? [...loaded.data, ...posted] : null;
  const posting = useAction(addComment, {
    onSuccess: (comment) => {
      setPosted((prev) => [...prev, comment]);
      setBody("");
      onCount((loaded.data?.length ?? 0) + posted.length + 1);
    },
  });
  const failure = posting.failure ?? loaded.failure;

  return (
    <section className="panel comments" aria-label={t("title")}>
      {comments === null ? (
        <p className="muted small">{t("loading")}</p>
      ) : comments.length === 0 ? (
        <p className="muted small">{t("none")}</p>
      ) : (
        <ol>
          {comments.map((c) => (
            <li key={c.id}>
              <p className="small muted">
                <strong>{c.author}</strong> ·{" "}
                <time dateTime={c.createdAt}>
                  {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="stack-tight"
        onSubmit={(e) => {
          e.preventDefault();
          posting.run({ segmentId, lang, body });
        }}
      >
        <label className="field">
          <span>{t("add")}</span>
          <textarea value={body} rows={2} onChange={(e) => setBody(e.target.value)} />
        </label>
        {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
        <button type="submit" className="button small" disabled={posting.pending || !body.trim()}>
          {t("post")}
        </button>
      </form>
    </section>
  );
}
