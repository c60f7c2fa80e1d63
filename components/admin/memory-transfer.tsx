"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { exportMemory, importMemory } from "@/app/(workbench)/admin/actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { uploadTooLarge } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";
import type { TmxSkipReason } from "@/lib/translation/tmx";

type MemoryImportResult = {
  created: number;
  updated: number;
  skipped: number;
  skippedBy: Record<TmxSkipReason, number>;
};

/** TMX download of the whole memory and TMX upload into it. */
export function MemoryTransfer() {
  const t = useTranslations("mt.memoryAdmin");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<MemoryImportResult | null>(null);
  const [failure, setFailure] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [pending, start] = useTransition();

  function download() {
    setFailure(null);
    start(async () => {
      const r = await exportMemory();
      if (!r.ok) {
        setFailure(r);
        return;
      }
      const url = URL.createObjectURL(new Blob([r.data.xml], { type: "application/x-tmx+xml" }));
      const a = Object.assign(document.createElement("a"), { href: url, download: r.data.fileName });
      a.click();
      URL.revokeObjectURL(url);
    });
  }

  function upload(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    setFailure(null);
    setResult(null);
    // The server refuses it too (TMX_TOO_LARGE); checking first answers at once and spares the upload.
    const tooLarge = uploadTooLarge("tmx", file.size);
    if (tooLarge) {
      setFailure(tooLarge);
      return;
    }
    const form = new FormData();
    form.set("file", file);
    start(async () => {
      const r = await sendUpload(() => importMemory(form));
      if (!r.ok) {
        setFailure(r);
        return;
      }
      setResult(r.data);
      router.refresh();
    });
  }

  return (
    <div className="stack">
      <div className="actions">
        <button type="button" className="button" onClick={download} disabled={pending}>
          {t("export")}
        </button>
      </div>
      <form className="stack" onSubmit={upload}>
        <label className="field">
          <span>{t("file")}</span>
          <input
            type="file"
            accept=".tmx,.xml,application/xml,text/xml"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <div className="actions">
          <button type="submit" className="button primary" disabled={pending || !file}>
            {t("import")}
          </button>
        </div>
      </form>
      {result ? (
        <div role="status" className="stack">
          <p>{t("imported", { created: result.created, updated: result.updated, skipped: result.skipped })}</p>
          {result.skipped > 0 ? (
            <ul className="small" data-testid="memory-skipped">
              {(Object.entries(result.skippedBy) as [TmxSkipReason, number][])
                .filter(([, count]) => count > 0)
                .map(([reason, count]) => (
                  <li key={reason}>{t(`skippedBy.${reason}`, { count })}</li>
                ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
    </div>
  );
}
