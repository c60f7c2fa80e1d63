"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { MemoryMatch } from "@/lib/translation/server/find-memory-matches";
import { diffWords } from "@/lib/review/diff";
import { findMemoryMatches } from "@/lib/translation/server/session-actions";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import type { TargetLang } from "@/lib/vocabulary";

type Props = {
  segmentId: string;
  /** The segment's Vietnamese source: each match shows the diff from its source to this one. */
  source: string;
  /** Only this language's memory text (default: German and English). */
  lang?: TargetLang;
  /** Puts a memory text into the cell being edited; without it the text can be copied. */
  onUse?: (text: string, lang: TargetLang) => void;
};

/** Fuzzy translation-memory matches (≥ 75 %) of one segment, best first, with score and source diff. */
export function TmMatches({ segmentId, source, lang, onUse }: Props) {
  const t = useTranslations("mt.memory");
  const te = useTranslations("editor");
  const [matches, setMatches] = useState<MemoryMatch[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void findMemoryMatches({ segmentId }).then((r) => {
      if (!live) return;
      if (r.ok) setMatches(r.data.matches);
      else setFailure(r.code);
    });
    return () => {
      live = false;
    };
  }, [segmentId]);

  if (failure)
    return (
      <section className="panel">
        <ErrorMessage code={failure} />
      </section>
    );
  if (!matches)
    return (
      <section className="panel" aria-busy="true">
        <p className="muted small">{t("loading")}</p>
      </section>
    );
  const langs: TargetLang[] = lang ? [lang] : ["de", "en"];
  return (
    <section className="panel tm-matches" aria-label={t("title")} data-testid="tm-matches">
      <p className="small">
        <strong>{t("title")}</strong>
      </p>
      {matches.length === 0 ? (
        <p className="muted small">{t("none")}</p>
      ) : (
        <ol>
          {matches.map((m) => (
            <li key={m.id}>
              <span className="badge">{t("score", { score: Math.floor(m.score * 100) })}</span>
              <p className="small muted">{t("diff")}</p>
              <DiffView parts={diffWords(m.vi, source)} lang="vi" />
              {langs.map((l) =>
                m[l] ? (
                  <div key={l} className="tm-target">
                    <span className="small muted">{te(`lang.${l}`)}</span>
                    <p className="quote" lang={l}>
                      {m[l]}
                    </p>
                    {onUse ? (
                      <button type="button" className="button small" onClick={() => onUse(m[l]!, l)}>
                        {t("use")}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button ghost small"
                        onClick={() => {
                          void navigator.clipboard?.writeText(m[l]!).then(() => setCopied(`${m.id}:${l}`));
                        }}
                      >
                        {copied === `${m.id}:${l}` ? t("copied") : t("copy")}
                      </button>
                    )}
                  </div>
                ) : null,
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
