"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** A read-only secret with a copy button; falls back to selecting the text where the clipboard API is refused. */
export function SecretField({ label, value, name }: { label: string; value: string; name: string }) {
  const t = useTranslations("admin.tokens");
  const [copied, setCopied] = useState(false);
  const id = `secret-${name}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select(); // insecure context: let the user press Ctrl+C
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="search">
        <input
          id={id}
          name={name}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
          style={{ fontFamily: "ui-monospace, monospace", flex: 1 }}
        />
        <button type="button" className="button" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
