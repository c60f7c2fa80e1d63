"use client";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { StepResult } from "@/lib/review/types";

export function approvedPatch(r: StepResult): Partial<EditorTranslation> {
  return {
    text: r.text,
    state: r.state,
    version: r.version,
    updatedAt: r.updatedAt,
    approvedText: r.text,
    rejectReason: null,
  };
}

type Props = { translation: EditorTranslation; pending: boolean; onApprove: () => void; onReject: () => void };

export function ReviewButtons({ translation, pending, onApprove, onReject }: Props) {
  const t = useTranslations("editor");
  const canApprove = translation.state !== "approved" && translation.state !== "untranslated";
  const canReject = translation.state !== "rejected" && translation.state !== "untranslated";
  return (
    <>
      <button type="button" className="tool approve" disabled={!canApprove || pending} onClick={onApprove}>
        {t("approve")}
      </button>
      <button type="button" className="tool reject" disabled={!canReject || pending} onClick={onReject}>
        {t("reject")}
      </button>
    </>
  );
}
