"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { importXliff } from "@/lib/export/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { uploadTooLarge } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";

export function XliffImportForm({ articleId }: { articleId: string }) {
  const t = useTranslations("publish");
  const router = useRouter();
  const upload = (form: FormData) => sendUpload(() => importXliff(form));
  const { run, pending, data, failure, fail, reset } = useAction(upload, { onSuccess: () => router.refresh() });

  function onFile(file: File | undefined) {
    reset();
    if (!file) return;
    // The server refuses it too (XLIFF_TOO_LARGE); checking first answers at once and spares the upload.
    const tooLarge = uploadTooLarge("xliff", file.size);
    if (tooLarge) {
      fail(tooLarge);
      return;
    }
    const form = new FormData();
    form.set("articleId", articleId);
    form.set("file", file);
    run(form);
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
      {data ? (
        <p role="status" className="ok-message">
          {t("xliffDone", { changed: data.changed, stale: data.stale })}
          {data.sameAsSource > 0 ? <> {t("xliffSameAsSource", { count: data.sameAsSource })}</> : null}
          {data.notes > 0 ? <> {t("xliffNotes", { count: data.notes })}</> : null}
        </p>
      ) : null}
      {data && data.foreign.length > 0 ? (
        <p className="small" data-testid="xliff-foreign">
          {t("xliffForeign", { elements: data.foreign.join(", ") })}
        </p>
      ) : null}
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
    </div>
  );
}
