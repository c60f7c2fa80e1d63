"use client";
import { useTranslations } from "next-intl";
import { fillFromMemory } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import { useEditor } from "./editor-context";

/**
 * "Fill from memory": every untranslated segment whose source the memory holds becomes a draft from it —
 * no machine translation, so it works without DeepL. The filled rows are patched into the editor.
 */
export function MemoryFill({ articleId }: { articleId: string }) {
  const t = useTranslations("editor.memoryFill");
  const { update } = useEditor();
  const fill = useAction(fillFromMemory, {
    onSuccess: (result) => {
      for (const c of result.changes) update(c.segmentId, c.lang, c.patch);
    },
  });
  const result = fill.data;
  return (
    <div className="memory-fill">
      <button
        type="button"
        className="button"
        onClick={() => fill.run({ articleId })}
        disabled={fill.pending}
        title={t("hint")}
      >
        {fill.pending ? t("filling") : t("button")}
      </button>
      <span className="small" aria-live="polite" data-testid="memory-fill-status">
        {result ? t("result", { total: result.exact + result.fuzzy, fuzzy: result.fuzzy }) : null}
      </span>
      {fill.failure ? <ErrorMessage code={fill.failure.code} params={fill.failure.params} /> : null}
    </div>
  );
}
