"use client";
import { useTranslations } from "next-intl";
import type { TargetLang } from "@/lib/vocabulary";
import { useLive } from "./live-context";
import "./live.css";

/** The initials of the others in this cell; a typing person's badge pulses. */
export function PresenceBadges({ segmentId, lang }: { segmentId: string; lang: TargetLang }) {
  const t = useTranslations("editor.live");
  const here = useLive().people.filter((p) => p.segmentId === segmentId && p.lang === lang);
  if (here.length === 0) return null;
  return (
    <span className="presence" data-testid="presence">
      {here.map((p) => {
        const label = p.typing ? t("typing", { name: p.name }) : t("here", { name: p.name });
        return (
          <span key={p.clientId} className={p.typing ? "avatar typing" : "avatar"} title={label} aria-label={label}>
            {p.initials}
          </span>
        );
      })}
    </span>
  );
}
