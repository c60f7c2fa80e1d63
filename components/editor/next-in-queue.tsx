"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { findNextQueued } from "@/lib/queue/server/session-actions";

type Next = { articleId: string; lang: "de" | "en"; title: string } | null;

/**
 * Shown when Ctrl+Enter finds nothing open. When the whole article is done (`articleDone`), it offers the
 * next article of My work's queue and focuses its link, so Enter opens it; otherwise (a filter hides open
 * segments), or when the queue is empty, it says all shown is done.
 */
export function NextInQueue({ articleId, articleDone }: { articleId: string; articleDone: boolean }) {
  const t = useTranslations("editor");
  const tw = useTranslations("work");
  const [next, setNext] = useState<Next | "loading">(articleDone ? "loading" : null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!articleDone) return;
    let live = true;
    findNextQueued({ articleId }).then((result) => {
      if (live) setNext(result.ok ? result.data : null);
    });
    return () => {
      live = false;
    };
  }, [articleDone, articleId]);
  useEffect(() => {
    if (next && next !== "loading") link.current?.focus();
  }, [next]);
  if (next === "loading") return null;
  return (
    <p className="notice" role="status">
      {next ? (
        <>
          {tw("next.found", { title: next.title, lang: tw(`lang.${next.lang}`) })}{" "}
          <Link ref={link} href={`/articles/${next.articleId}`} className="button">
            {tw("next.open")}
          </Link>
        </>
      ) : (
        <>
          {t("allDone")} <Link href="/articles">{t("backToList")}</Link>
        </>
      )}
    </p>
  );
}
