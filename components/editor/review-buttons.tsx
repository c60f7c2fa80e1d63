"use client";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ActionFailure } from "@/lib/action";
import { approveTranslation } from "@/app/(workbench)/articles/[articleId]/actions";

type Props = {
  translation: EditorTranslation;
  settle: () => Promise<number | null>;
  onDone: (patch: Partial<EditorTranslation>) => void;
  onReject: () => void;
  onError: (failure: ActionFailure | null) => void;
};

export function ReviewButtons({ translation, settle, onDone, onReject, onError }: Props) {
  const t = useTranslations("editor");
  const [pending, start] = useTransition();
  const canApprove = translation.state !== "approved" && translation.state !== "untranslated";
  const canReject = translation.state !== "rejected" && translation.state !== "untranslated";

  function approve() {
    start(async () => {
      const version = await settle();
      if (version === null) return;
      const result = await approveTranslation({ translationId: translation.id, expectedVersion: version });
      if (!result.ok) { onError(result); return; }
      onError(null);
      onDone({ text: result.data.text, state: result.data.state, version: result.data.version,
        updatedAt: result.data.updatedAt, approvedText: result.data.text, rejectReason: null });
    });
  }

  return (
    <>
      <button type="button" className="tool approve" disabled={!canApprove || pending} onClick={approve}>{t("approve")}</button>
      <button type="button" className="tool reject" disabled={!canReject || pending} onClick={onReject}>{t("reject")}</button>
    </>
  );
}
