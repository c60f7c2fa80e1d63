"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { importXliff } from "@/app/(workbench)/articles/[articleId]/publish/actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { uploadTooLarge } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";

export function XliffImportForm({ articleId }: { articleId: string }) {
  const t = useTranslations("publish");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<
    | { ok: true; changed: number; stale: number; sameAsSource: number; foreign: string[] }
    | { ok: false; code: string; params?: Record<string, string | number> }
    | null
  >(null);

  function onFile(file: File | undefined) {
    setResult(null);
    if (!file) return;
    // The server refuses it too (XLIFF_TOO_LARGE); checking first answers at once and spares the upload.
    const tooLarge = uploadTooLarge("xliff", file.size);
    if (tooLarge) {
      setResult({ ok: false, ...tooLarge });
      return;
    }
    const form = new FormData();
    form.set("articleId", articleId);
    form.set("file", file);
    start(async () => {
      const r = await sendUpload(() => importXliff(form));
      setResult(r.ok ? { ok: true, ...r.data } : r);
      if (r.ok) router.refresh();
    });
  }

  return (
    <div className="stack-tight">
      <label className="field">
        <span>{t("xliffFile")}</span>
        <input
          type="file"
          accept=".xlf,.xliff,.xml,application/xliff+xml"
          disabled={pending}
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </label>
      {result?.ok ? (
        <p role="status" className="ok-message">
          {t("xliffDone", { changed: result.changed, stale: result.stale })}
          {result.sameAsSource > 0 ? <> {t("xliffSameAsSource", { count: result.sameAsSource })}</> : null}
        </p>
      ) : null}
      {result?.ok && result.foreign.length > 0 ? (
        <p className="small" data-testid="xliff-foreign">
          {t("xliffForeign", { elements: result.foreign.join(", ") })}
        </p>
      ) : null}
      {result && !result.ok ? <ErrorMessage code={result.code} params={result.params} /> : null}
    </div>
  );
}
