"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { publish } from "@/app/(workbench)/articles/[articleId]/publish/actions";
import { ErrorMessage } from "@/components/ui/error-message";

// Stays clickable when not ready: the refusal says exactly what is missing (unapproved segments, open errors).
export function PublishButton({ articleId, lang, label }: { articleId: string; lang: string; label: string }) {
  const t = useTranslations("publish");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: true; version: number } | { ok: false; code: string; params?: Record<string, string | number> } | null>(null);
  return (
    <div className="stack-tight">
      <button type="button" className="button primary" disabled={pending}
        onClick={() => start(async () => {
          const r = await publish({ articleId, lang });
          setResult(r.ok ? { ok: true, version: r.data.version } : r);
          if (r.ok) router.refresh();
        })}>
        {pending ? t("publishing") : t("publish", { lang: label })}
      </button>
      {result?.ok ? <p role="status" className="ok-message">{t("published", { version: result.version })}</p> : null}
      {result && !result.ok ? <ErrorMessage code={result.code} params={result.params} /> : null}
    </div>
  );
}
