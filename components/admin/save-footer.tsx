import { ErrorMessage } from "@/components/ui/error-message";

type Props = {
  failure: { code: string; params?: Record<string, string | number> } | null;
  saved: boolean;
  pending: boolean;
  savedText: string;
  saveLabel: string;
};

/** The end of every admin settings form (use-save-form.ts): its error or "saved", and the save button. */
export function SaveFooter({ failure, saved, pending, savedText, saveLabel }: Props) {
  return (
    <>
      {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      {saved ? (
        <p role="status" className="small">
          {savedText}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending}>
          {saveLabel}
        </button>
      </div>
    </>
  );
}
