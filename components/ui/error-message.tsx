"use client";
import { useTranslations } from "next-intl";

/** Turns an error code from a service into words in the user's language. */
export function ErrorMessage({ code, params }: { code: string; params?: Record<string, string | number> }) {
  const t = useTranslations("errors");
  const text = t.has(code as never) ? t(code as never, params as never) : t("INTERNAL");
  return (
    <p role="alert" className="error-message">
      {text}
    </p>
  );
}
