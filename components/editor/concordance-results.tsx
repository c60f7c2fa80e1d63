"use client";
import { useTranslations } from "next-intl";
import type { ConcordanceHit } from "@/lib/translation/server/search-concordance";
import type { Range } from "@/lib/translation/concordance";
import type { TargetLang } from "@/lib/vocabulary";

/** A text with the query's words marked. */
function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, r] of ranges.entries()) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), <mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

type Props = {
  id: string;
  hits: ConcordanceHit[];
  active: number;
  lang: TargetLang | null;
  onPick: (hit: ConcordanceHit) => void;
};

/** The hits as a listbox: the combobox input above moves through it (aria-activedescendant). */
export function ConcordanceResults({ id, hits, active, lang, onPick }: Props) {
  const t = useTranslations("editor");
  return (
    <ul id={id} role="listbox" className="concordance-results" aria-label={t("concordance.results")}>
      {hits.map((hit, i) => (
        <li
          key={`${hit.kind}:${hit.id}`}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          aria-disabled={!lang || !hit[lang]}
          className="concordance-hit"
          onMouseDown={(e) => e.preventDefault()} // keep the focus in the search box
          onClick={() => onPick(hit)}
        >
          <span className="concordance-origin">
            {hit.article ? t("concordance.fromArticle", { title: hit.article.title }) : t("concordance.fromMemory")}
          </span>
          <span lang="vi" className="concordance-source">
            <Marked text={hit.vi} ranges={hit.ranges.vi} />
          </span>
          {(["de", "en"] as const).map((l) =>
            hit[l] ? (
              <span key={l} lang={l} className={`concordance-target${l === lang ? " insertable" : ""}`}>
                <abbr title={t(`lang.${l}`)}>{l.toUpperCase()}</abbr> <Marked text={hit[l]} ranges={hit.ranges[l]} />
              </span>
            ) : null,
          )}
        </li>
      ))}
    </ul>
  );
}
