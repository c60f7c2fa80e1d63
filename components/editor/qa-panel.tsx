"use client";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { QaItem, QaSeverityGroup } from "@/lib/quality/qa-groups";
import type { TargetLang } from "@/lib/vocabulary";
import { QA_PANEL_ID } from "./use-qa-panel";

type Props = {
  groups: QaSeverityGroup[];
  total: number;
  focusRequest: number;
  onJump: (segmentId: string, lang: TargetLang) => void;
  onClose: () => void;
};

/**
 * Every open issue of the article, errors first, grouped by check with counts; each issue a button that
 * goes to its cell. ↑/↓ move between issues, Esc closes. Derived from the editor's segments, so a save
 * that fixes an issue takes it off the list.
 */
export function QaPanel({ groups, total, focusRequest, onJump, onClose }: Props) {
  const t = useTranslations("editor.qa");
  const te = useTranslations("editor");
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>(".qa-item") ?? panel.current?.querySelector("button");
    first?.focus();
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      return onClose();
    }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(".qa-item") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = items[at + (e.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <section id={QA_PANEL_ID} ref={panel} className="panel qa-panel" aria-labelledby="qa-title" onKeyDown={onKeyDown}>
      <div className="suggestions-head">
        <h2 id="qa-title">{t("title", { count: total })}</h2>
        <button type="button" className="button ghost small" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {groups.length === 0 ? <p className="muted small">{t("none")}</p> : null}
      {groups.map((g) => (
        <section key={g.severity} className={`qa-severity ${g.severity}`}>
          <h3>{t(g.severity === "error" ? "errors" : "warnings", { count: g.count })}</h3>
          {g.checks.map((c) => (
            <div key={c.check} className="qa-check">
              <h4>
                {t.has(`checks.${c.check}` as never) ? t(`checks.${c.check}` as never) : c.check}{" "}
                <span className="count">{c.count}</span>
              </h4>
              <ul className="qa-list">
                {c.items.map((item, i) => (
                  <li key={`${item.segmentId}:${item.lang}:${i}`}>
                    <QaItemButton item={item} lang={te(`lang.${item.lang}`)} onJump={onJump} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function QaItemButton({ item, lang, onJump }: { item: QaItem; lang: string; onJump: Props["onJump"] }) {
  const t = useTranslations("editor.qa");
  const q = useTranslations("quality");
  const { issue } = item;
  const message = q.has(issue.code as never) ? q(issue.code as never, issue.params as never) : issue.code;
  return (
    <button type="button" className="qa-item" onClick={() => onJump(item.segmentId, item.lang)}>
      <span className="qa-where">{t("where", { n: item.position + 1, lang })}</span> {message}
    </button>
  );
}
