"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { importArticle, updateArticleSource } from "@/lib/articles/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { uploadTooLarge } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";
import { decodeImportBytes, looksLikeHtml } from "@/lib/articles/html/decode";
import { IMPORT_FORMATS, type ImportFormat, looksLikeXliff } from "@/lib/articles/import-formats";

type Format = ImportFormat;

// The import, and then (when asked) the start of machine translation, as one action result: the start's
// own outcome rides in the payload, since the article exists whether or not MT could start.
async function importAndTranslate(form: FormData) {
  const result = await sendUpload(() => importArticle(form));
  if (!result.ok) return result;
  return { ok: true as const, data: { articleId: result.data.articleId, memory: result.data.memory, mt: result.mt } };
}

/** The editor URL; the memory fill's counts ride along so the editor can say what was filled. */
function editorUrl(articleId: string, memory: { exact: number; fuzzy: number } | null): string {
  const path = `/articles/${articleId}`;
  return memory ? `${path}?filled=${memory.exact}&fuzzy=${memory.fuzzy}` : path;
}

// A new version of an existing article's source: the editor of that article opens afterwards.
async function updateSource(form: FormData) {
  const result = await sendUpload(() => updateArticleSource(form));
  if (!result.ok) return result;
  return { ok: true as const, data: { articleId: result.data.articleId, memory: null, mt: null } };
}

type Props = {
  canTranslate?: boolean;
  /** Update mode: the file is a new version of this article's source (lib/articles/align-versions.ts). */
  updateOf?: string;
};

export function ImportForm({ canTranslate = false, updateOf }: Props) {
  const t = useTranslations("importer");
  const tm = useTranslations("mt.import");
  const [translate, setTranslate] = useState(false);
  const [fillFromMemory, setFillFromMemory] = useState(true);
  const router = useRouter();
  const [format, setFormat] = useState<Format>("text");
  const [content, setContent] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const { run, pending, failure, data, fail, reset } = useAction(updateOf ? updateSource : importAndTranslate, {
    onSuccess: ({ articleId, memory, mt }) => {
      if (!mt || mt.ok) router.push(editorUrl(articleId, memory));
    },
  });
  // Imported, but machine translation could not start: say why and link to the article.
  const mtFailure = data?.mt && !data.mt.ok ? { articleId: data.articleId, code: data.mt.code } : null;

  async function onFile(file: File | undefined) {
    reset();
    if (!file) return;
    // Bigger files are refused before upload (the server refuses them too, with the same code).
    const tooLarge = uploadTooLarge("article", file.size);
    if (tooLarge) {
      fail(tooLarge);
      return;
    }
    setFileName(file.name);
    // Web pages come in their own code page (often declared late in the file), so bytes, not file.text().
    const text = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (looksLikeXliff(text)) setFormat("xliff");
    else if (looksLikeHtml(text)) setFormat("html");
    else if (/\.json$/i.test(file.name)) setFormat("json");
    else if (/\.(txt|text)$/i.test(file.name)) setFormat("text");
    setContent(text);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const tooLarge = uploadTooLarge("article", new Blob([content]).size);
    if (tooLarge) {
      fail(tooLarge);
      return;
    }
    const form = new FormData();
    form.set("format", format);
    form.set("content", content);
    form.set("fillFromMemory", fillFromMemory ? "1" : "0");
    if (updateOf) form.set("articleId", updateOf);
    else if (canTranslate && translate) form.set("translate", "1");
    run(form);
  }

  return (
    <form className="stack import-form" onSubmit={submit}>
      <fieldset className="segmented">
        <legend>{t("format")}</legend>
        {IMPORT_FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />{" "}
            {t(`formats.${f}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted small">{t(`hints.${format}`)}</p>
      <label className="field">
        <span>{t("file")}</span>
        <input
          type="file"
          accept=".txt,.text,.json,.html,.htm,.xlf,.xliff,text/plain,application/json,text/html,application/xliff+xml"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </label>
      <label className="field">
        <span>{fileName ? t("contentFrom", { name: fileName }) : t("content")}</span>
        <textarea
          name="content"
          lang="vi"
          rows={16}
          value={content}
          spellCheck={false}
          onChange={(e) => {
            setContent(e.target.value);
            // Pasted page source is imported as a page, whatever radio button was left on.
            if (format === "text" && looksLikeHtml(e.target.value)) setFormat("html");
            setFileName(null);
          }}
        />
      </label>
      <label>
        <input
          type="checkbox"
          name="fillFromMemory"
          checked={fillFromMemory}
          onChange={(e) => setFillFromMemory(e.target.checked)}
        />{" "}
        {t("fillFromMemory")}
      </label>
      {canTranslate && !updateOf ? (
        <label>
          <input
            type="checkbox"
            name="translate"
            checked={translate}
            onChange={(e) => setTranslate(e.target.checked)}
          />{" "}
          {tm("translate")}
        </label>
      ) : null}
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      {mtFailure ? (
        <div className="stack" data-testid="import-mt-failure">
          <p>{tm("notStarted")}</p>
          <ErrorMessage code={mtFailure.code} />
          <Link href={`/articles/${mtFailure.articleId}`}>{tm("open")}</Link>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending || !content.trim()}>
          {pending ? t("importing") : updateOf ? t("update.submit") : t("submit")}
        </button>
      </div>
    </form>
  );
}
