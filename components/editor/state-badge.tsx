"use client";
import { useTranslations } from "next-intl";
import type { TranslationState } from "@/lib/vocabulary";

export function StateBadge({ state }: { state: TranslationState }) {
  const t = useTranslations("editor.states");
  return <span className={`badge state-${state}`}>{t(state)}</span>;
}
