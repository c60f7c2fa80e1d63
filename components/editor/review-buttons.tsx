"use client";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ActionFailure } from "@/lib/action";
import { approveTranslation } from "@/app/(workbench)/articles/[articleId]/actions";
import type { StepResult } from "@/lib/review/types";

export function approvedPatch(r: StepResult): Partial<EditorTranslation> {
  return { text: r.text, state: r.state, version: r.version, updatedAt: r.updatedAt, approvedText: r.text, rejectReason: null };
}

type Props = {
  translation: EditorTranslation;
  settle: () => Promise<number | null>;
  onDone: (patch: Partial<EditorTranslation>, result: StepResult) => void;
  onReject: () => void;
  onBlocked: () => void;
  onError: (failure: ActionFailure | null) => void;
};

export function ReviewButtons({ translation, settle, onDone, onReject, onBlocked, onError }: Props) {
  const t = useTranslations("editor");
  const [pending, start] = useTransition();
  const canApprove = translation.state !== "approved" && translation.state !== "untranslated";
  const canReject = translation.state !== "rejected" && translation.state !== "untranslated";

  function approve() {
    start(async () => {
      const version = await settle();
      if (version === null) return;
      const result = await approveTranslation({ translationId: translation.id, expectedVersion: version });
      if (!result.ok) {
        if (result.code === "REVIEW_BLOCKING_ISSUES") { onError(null); onBlocked(); } else onError(result);
        return;
      }
      onError(null);
      onDone(approvedPatch(result.data), result.data);
    });
  }

  return (
    <>
      <button type="button" className="tool approve" disabled={!canApprove || pending} onClick={approve}>{t("approve")}</button>
      <button type="button" className="tool reject" disabled={!canReject || pending} onClick={onReject}>{t("reject")}</button>
    </>
  );
}
