"use client";
import { useEffect, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CommentEntry } from "@/lib/review/server/comments";
import { addComment, listComments } from "@/lib/review/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";

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
  const [comments, setComments] = useState<CommentEntry[] | null>(null);
  const [body, setBody] = useState("");
  const [failure, setFailure] = useState<{ code: string } | null>(null);
  const [pending, start] = useTransition();

  useEffect(() => {
    let live = true;
    void listComments({ segmentId, lang }).then((r) => {
      if (live) {
        if (r.ok) setComments(r.data);
        else setFailure(r);
      }
    });
    return () => {
      live = false;
    };
  }, [segmentId, lang]);

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
          start(async () => {
            const r = await addComment({ segmentId, lang, body });
            if (!r.ok) {
              setFailure(r);
              return;
            }
            const next = [...(comments ?? []), r.data];
            setComments(next);
            setBody("");
            setFailure(null);
            onCount(next.length);
          });
        }}
      >
        <label className="field">
          <span>{t("add")}</span>
          <textarea value={body} rows={2} onChange={(e) => setBody(e.target.value)} />
        </label>
        {failure ? <ErrorMessage code={failure.code} /> : null}
        <button type="submit" className="button small" disabled={pending || !body.trim()}>
          {t("post")}
        </button>
      </form>
    </section>
  );
}
