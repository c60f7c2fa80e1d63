"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { exportMemory, importMemory } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { uploadTooLarge } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";
import type { TmxSkipReason } from "@/lib/translation/tmx";

/** TMX download of the whole memory and TMX upload into it. */
export function MemoryTransfer() {
  const t = useTranslations("mt.memoryAdmin");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const exporting = useAction(exportMemory, {
    onSuccess: ({ xml, fileName }) => {
      const url = URL.createObjectURL(new Blob([xml], { type: "application/x-tmx+xml" }));
      const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  const upload = (form: FormData) => sendUpload(() => importMemory(form));
  const importing = useAction(upload, { onSuccess: () => router.refresh() });
  const pending = exporting.pending || importing.pending;
  const failure = exporting.failure ?? importing.failure;

  function download() {
    importing.reset();
    exporting.run({});
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    exporting.reset();
    // The server refuses it too (TMX_TOO_LARGE); checking first answers at once and spares the upload.
    const tooLarge = uploadTooLarge("tmx", file.size);
    if (tooLarge) {
      importing.fail(tooLarge);
      return;
    }
    const form = new FormData();
    form.set("file", file);
    importing.run(form);
  }

  return (
    <div className="stack">
      <div className="actions">
        <button type="button" className="button" onClick={download} disabled={pending}>
          {t("export")}
        </button>
      </div>
      <form className="stack" onSubmit={submit}>
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
      {importing.data ? (
        <div role="status" className="stack">
          <p>
            {t("imported", {
              created: importing.data.created,
              updated: importing.data.updated,
              skipped: importing.data.skipped,
            })}
          </p>
          {importing.data.skipped > 0 ? (
            <ul className="small" data-testid="memory-skipped">
              {(Object.entries(importing.data.skippedBy) as [TmxSkipReason, number][])
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
