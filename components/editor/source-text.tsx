"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { highlightTerms, type GlossaryTerm } from "@/lib/translation/glossary";

/** The Vietnamese source with glossary terms marked; the title says how to render each term. */
export function SourceText({ source, glossary }: { source: string; glossary: GlossaryTerm[] }) {
  const t = useTranslations("mt");
  const parts = useMemo(() => highlightTerms(source, glossary), [source, glossary]);
  return (
    <p lang="vi" className="source-text">
      {parts.map((p, i) =>
        p.term ? (
          <mark
            key={i}
            className="glossary-term"
            title={
              t("term", { vi: p.term.vi, de: p.term.de || "—", en: p.term.en || "—" }) +
              (p.term.note ? ` (${p.term.note})` : "")
            }
          >
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
