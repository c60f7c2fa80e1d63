"use client";
import { createContext, useCallback, useContext, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { signInAgain } from "./sign-in-again";
import { ErrorMessage } from "@/components/ui/error-message";
import type { Failure } from "@/components/ui/failure";

type Guard = {
  /** An action answered UNAUTHENTICATED: open the sign-in dialog (once, however many actions failed). */
  expired: () => void;
  /** Runs `retry` once the user signed in again; a later registration under the same key replaces it. */
  afterSignIn: (key: string, retry: () => void) => void;
};

const GuardContext = createContext<Guard | null>(null);
const NO_GUARD: Guard = { expired: () => {}, afterSignIn: () => {} };

/** The workbench's guard (outside it, e.g. on the sign-in page, actions just show their failure). */
export function useSessionGuard(): Guard {
  return useContext(GuardContext) ?? NO_GUARD;
}

/**
 * When the session ends while someone works, they sign in again in place, in a modal dialog over the page:
 * nothing is navigated away, so typed text stays in the editor, and the saves that failed are retried
 * as soon as the sign-in succeeded. The email is the signed-in user's (read-only): pending changes must
 * not be saved under someone else's name.
 */
export function SessionGuard({ email, children }: { email: string; children: ReactNode }) {
  const t = useTranslations("auth");
  const dialog = useRef<HTMLDialogElement>(null);
  const retries = useRef(new Map<string, () => void>());
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState(false);
  const ids = { title: useId(), body: useId() };

  const expired = useCallback(() => {
    setNotice(false);
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const afterSignIn = useCallback((key: string, retry: () => void) => {
    retries.current.set(key, retry);
  }, []);
  const guard = useMemo(() => ({ expired, afterSignIn }), [expired, afterSignIn]);

  async function submit(form: FormData) {
    setPending(true);
    setFailure(null);
    const result = await signInAgain(email, String(form.get("password") ?? ""));
    setPending(false);
    if (!result.ok) {
      setFailure({ code: result.code, params: result.params });
      return;
    }
    dialog.current?.close();
    setNotice(true);
    setTimeout(() => setNotice(false), 6000);
    const waiting = [...retries.current.values()];
    retries.current.clear();
    for (const retry of waiting) retry();
  }

  return (
    <GuardContext.Provider value={guard}>
      {children}
      {notice ? (
        <p className="notice session-notice" role="status">
          {t("signedInAgain")}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={ids.title}
        aria-describedby={ids.body}
        // Esc would leave the user signed out with unsaved work and no way back but a reload: keep it open.
        onCancel={(e) => e.preventDefault()}
      >
        <h2 id={ids.title}>{t("expiredTitle")}</h2>
        <p id={ids.body}>{t("expiredBody")}</p>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(new FormData(e.currentTarget));
          }}
        >
          <label className="field">
            <span>{t("email")}</span>
            <input name="email" type="email" autoComplete="username" value={email} readOnly />
          </label>
          <label className="field">
            <span>{t("password")}</span>
            <input name="password" type="password" autoComplete="current-password" required autoFocus />
          </label>
          {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
          <div className="dialog-actions">
            <button type="submit" className="button primary" disabled={pending}>
              {pending ? t("signingIn") : t("signInAgain")}
            </button>
          </div>
        </form>
      </dialog>
    </GuardContext.Provider>
  );
}
