"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { GlossaryTerm } from "@/lib/translation/glossary";
import { deleteGlossaryTerm, saveGlossaryTerm } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";

type Term = Required<GlossaryTerm>;
const EMPTY: Omit<Term, "id"> & { id?: string } = { vi: "", de: "", en: "", note: "", caseSensitive: false };

/** The glossary table with an add/edit form above it; every change reloads the list from the server. */
export function GlossaryEditor({ terms }: { terms: Term[] }) {
  const t = useTranslations("mt.glossary");
  const router = useRouter();
  const [form, setForm] = useState(EMPTY);
  const refresh = () => router.refresh();
  const save = useAction(saveGlossaryTerm, {
    onSuccess: () => {
      setForm(EMPTY);
      refresh();
    },
  });
  const del = useAction(deleteGlossaryTerm, { onSuccess: refresh });
  const pending = save.pending || del.pending;
  const failure = save.failure ?? del.failure;
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    del.reset();
    save.run(form);
  }

  function remove(term: Term) {
    if (!window.confirm(t("confirmDelete", { term: term.vi }))) return;
    del.run({ id: term.id });
  }

  return (
    <div className="stack">
      <form className="stack glossary-form" onSubmit={submit} aria-label={form.id ? t("edit") : t("add")}>
        <div className="glossary-fields">
          {(["vi", "de", "en"] as const).map((k) => (
            <label className="field" key={k}>
              <span>{t(k)}</span>
              <input
                name={k}
                lang={k}
                value={form[k]}
                onChange={(e) => set({ [k]: e.target.value })}
                required={k === "vi"}
                maxLength={500}
              />
            </label>
          ))}
          <label className="field">
            <span>{t("note")}</span>
            <input name="note" value={form.note} onChange={(e) => set({ note: e.target.value })} maxLength={2000} />
          </label>
        </div>
        <label>
          <input
            type="checkbox"
            checked={form.caseSensitive}
            onChange={(e) => set({ caseSensitive: e.target.checked })}
          />{" "}
          {t("caseSensitive")}
        </label>
        {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={pending}>
            {form.id ? t("save") : t("add")}
          </button>
          {form.id ? (
            <button type="button" className="button ghost" onClick={() => setForm(EMPTY)}>
              {t("cancel")}
            </button>
          ) : null}
        </div>
      </form>
      <p className="muted small">{t("count", { count: terms.length })}</p>
      {terms.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <table className="table glossary">
          <thead>
            <tr>
              <th scope="col">{t("vi")}</th>
              <th scope="col">{t("de")}</th>
              <th scope="col">{t("en")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("caseSensitive")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <td lang="vi">{term.vi}</td>
                <td lang="de">{term.de}</td>
                <td lang="en">{term.en}</td>
                <td className="small">{term.note}</td>
                <td className="small">{term.caseSensitive ? t("caseYes") : t("caseNo")}</td>
                <td className="nowrap">
                  <button type="button" className="button ghost small" onClick={() => setForm(term)}>
                    {t("edit")}
                  </button>
                  <button type="button" className="button ghost small" onClick={() => remove(term)} disabled={pending}>
                    {t("delete")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
