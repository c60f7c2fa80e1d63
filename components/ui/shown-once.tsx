import type { ReactNode } from "react";

type Props = {
  testId: string;
  title: string;
  /** "Shown only this once…", when the panel holds a secret the server will never show again. */
  warning: string | null;
  doneLabel: string;
  onDone: () => void;
  children?: ReactNode;
};

/** What a create form shows once it created something: the result, secrets shown once, and Done. */
export function ShownOncePanel({ testId, title, warning, doneLabel, onDone, children }: Props) {
  return (
    <section className="panel stack" aria-live="polite" data-testid={testId}>
      <h2>{title}</h2>
      {warning ? (
        <p role="status">
          <strong>{warning}</strong>
        </p>
      ) : null}
      {children}
      <div className="actions">
        <button type="button" className="button primary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
