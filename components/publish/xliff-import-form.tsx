"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { importXliff } from "@/app/(workbench)/articles/[articleId]/publish/actions";
import { ErrorMessage } from "@/components/ui/error-message";

// The server refuses files over 10 MB too (XLIFF_TOO_LARGE); checking first spares the upload.
const MAX_BYTES = 10 * 1024 * 1024;

export function XliffImportForm({ articleId }: { articleId: string }) {
  const t = useTranslations("publish");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: true; changed: number; stale: number } | { ok: false; code: string; params?: Record<string, string | number> } | null>(null);

  function onFile(file: File | undefined) {
    setResult(null);
    if (!file) return;
    if (file.size > MAX_BYTES) { setResult({ ok: false, code: "XLIFF_TOO_LARGE", params: { maxBytes: MAX_BYTES, bytes: file.size } }); return; }
    start(async () => {
      const r = await importXliff({ articleId, content: await file.text() });
      setResult(r.ok ? { ok: true, changed: r.data.changed, stale: r.data.stale } : r);
      if (r.ok) router.refresh();
    });
  }

  return (
    <div className="stack-tight">
      <label className="field">
        <span>{t("xliffFile")}</span>
        <input type="file" accept=".xlf,.xliff,.xml,application/xliff+xml" disabled={pending} onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      {result?.ok ? <p role="status" className="ok-message">{t("xliffDone", { changed: result.changed, stale: result.stale })}</p> : null}
      {result && !result.ok ? <ErrorMessage code={result.code} params={result.params} /> : null}
    </div>
  );
}
