"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ArticleAssignments, Person } from "@/lib/assignments/types";
import { setAssignment } from "@/lib/assignments/server/session-actions";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import { useAction } from "@/components/ui/use-action";
import { ErrorMessage } from "@/components/ui/error-message";

type Props = { articleId: string; data: ArticleAssignments; canManage: boolean };

/** Who translates and reviews each language, by when: set, changed or cleared by a reviewer or above. */
export function AssignmentPanel({ articleId, data, canManage }: Props) {
  const t = useTranslations("work");
  const names = new Map([...data.translators, ...data.reviewers].map((p) => [p.id, p.name]));
  const summary = TARGET_LANGS.map((lang) => {
    const c = data.current[lang];
    const who = [c.translatorId, c.reviewerId].map((id) => (id ? (names.get(id) ?? "?") : "–")).join(" / ");
    return `${t(`lang.${lang}`)}: ${who}${c.dueAt ? ` · ${c.dueAt}` : ""}`;
  }).join(" · ");
  return (
    <details className="assign-details">
      <summary>
        {t("assign.title")} <span className="muted small">{summary}</span>
      </summary>
      <div className="assign-panel">
        {TARGET_LANGS.map((lang) => (
          <LanguageAssignment key={lang} articleId={articleId} lang={lang} data={data} canManage={canManage} />
        ))}
      </div>
    </details>
  );
}

function LanguageAssignment({ articleId, lang, data, canManage }: Props & { lang: TargetLang }) {
  const t = useTranslations("work");
  const router = useRouter();
  const save = useAction(setAssignment, { onSuccess: () => router.refresh() });
  const current = data.current[lang];
  const field = (name: string) => `assign-${lang}-${name}`;
  function submit(form: FormData) {
    const value = (name: string) => String(form.get(name) ?? "");
    save.run({
      articleId,
      lang,
      translatorId: value("translatorId"),
      reviewerId: value("reviewerId"),
      dueAt: value("dueAt"),
    });
  }
  return (
    <form action={submit}>
      <fieldset disabled={!canManage || save.pending}>
        <legend>{t(`lang.${lang}`)}</legend>
        <Choice
          id={field("t")}
          name="translatorId"
          label={t("assign.translator")}
          people={data.translators}
          value={current.translatorId}
          nobody={t("assign.nobody")}
        />
        <Choice
          id={field("r")}
          name="reviewerId"
          label={t("assign.reviewer")}
          people={data.reviewers}
          value={current.reviewerId}
          nobody={t("assign.nobody")}
        />
        <label htmlFor={field("d")}>
          {t("assign.due")}
          <input id={field("d")} name="dueAt" type="date" defaultValue={current.dueAt ?? ""} />
        </label>
        {canManage ? (
          <button type="submit" className="button">
            {t("assign.save")}
          </button>
        ) : null}
        {save.done ? <span className="ok-message small">{t("assign.saved")}</span> : null}
      </fieldset>
      {save.failure ? <ErrorMessage {...save.failure} /> : null}
    </form>
  );
}

type ChoiceProps = { id: string; name: string; label: string; people: Person[]; value: string | null; nobody: string };

function Choice({ id, name, label, people, value, nobody }: ChoiceProps) {
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{nobody}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
