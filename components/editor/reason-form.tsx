"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import { approveTranslation, rejectTranslation } from "@/lib/review/server/session-actions";
import type { StepResult } from "@/lib/review/types";
import type { ActionResult } from "@/lib/action";
import { approvedPatch } from "./review-buttons";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import type { PanelProps } from "./panel-types";

type Reviewed = { patch: Partial<EditorTranslation>; result: StepResult };

/** Reject (reason required) or approve despite blocking errors (reason recorded on the revision). */
export function ReasonForm({
  translation,
  settle,
  onReviewed,
  close,
  kind,
}: Pick<PanelProps, "translation" | "settle" | "onReviewed" | "close"> & { kind: "reject" | "override" }) {
  const t = useTranslations("editor");
  const [reason, setReason] = useState("");
  // The cell's pending save goes first (settle); null: it failed, and the cell already says why.
  const review = async (): Promise<ActionResult<Reviewed | null>> => {
    const version = await settle();
    if (version === null) return { ok: true, data: null };
    if (kind === "reject") {
      const r = await rejectTranslation({ translationId: translation.id, expectedVersion: version, reason });
      if (!r.ok) return r;
      const { state, updatedAt } = r.data;
      return {
        ok: true,
        data: { patch: { state, version: r.data.version, updatedAt, rejectReason: reason.trim() }, result: r.data },
      };
    }
    if (!reason.trim()) return { ok: false, code: "REVIEW_OVERRIDE_REASON_REQUIRED" };
    const r = await approveTranslation({
      translationId: translation.id,
      expectedVersion: version,
      overrideReason: reason,
    });
    return r.ok ? { ok: true, data: { patch: approvedPatch(r.data), result: r.data } } : r;
  };
  const { run, pending, failure } = useAction(review, {
    onSuccess: (reviewed) => {
      if (reviewed) onReviewed(reviewed.patch, reviewed.result);
    },
  });
  const submit = () => run();
  return (
    <form
      className={`panel ${kind === "reject" ? "reject-form" : "override-form"}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {kind === "override" ? (
        <p>
          <strong>{t("override.title", { count: translation.errorCount })}</strong> {t("override.body")}
        </p>
      ) : null}
      <label className="field">
        <span>{kind === "reject" ? t("rejectReason") : t("override.reason")}</span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close();
            }
          }}
        />
      </label>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      <div className="actions">
        <button type="submit" className={kind === "reject" ? "button danger" : "button primary"} disabled={pending}>
          {kind === "reject" ? t("rejectSubmit") : t("override.submit")}
        </button>
        <button type="button" className="button ghost" onClick={close}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
