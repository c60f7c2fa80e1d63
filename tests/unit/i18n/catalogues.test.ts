import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { ERROR_CODES } from "@/lib/errors";
import { AUDIT_ACTIONS, AUDIT_DATA, AUDIT_GROUPS } from "@/lib/audit/actions";
import { AUDIT_ACTION_CHOICES, parseAuditFilters } from "@/lib/audit/filters";

const LOCALES = ["en", "de", "vi"] as const;

/** The string at a dotted path (next-intl's lookup), or undefined. */
function at(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
}

describe("closed catalogues have words", () => {
  for (const locale of LOCALES) {
    const messages = loadMessages(locale);

    it(`every error code has words in ${locale}`, () => {
      const missing = ERROR_CODES.filter((code) => typeof at(messages, `errors.${code}`) !== "string");
      expect(missing).toEqual([]);
    });

    it(`every audit action and group has a label in ${locale}`, () => {
      const missing = [
        ...AUDIT_ACTIONS.filter((a) => typeof at(messages, `admin.audit.actions.${a}`) !== "string"),
        ...AUDIT_GROUPS.filter((g) => typeof at(messages, `admin.audit.groups.${g}`) !== "string"),
      ];
      expect(missing).toEqual([]);
    });
  }
});

describe("audit catalogue", () => {
  it("the filter offers every action and every group, and accepts each in the URL", () => {
    for (const choice of [...AUDIT_ACTIONS, ...AUDIT_GROUPS]) {
      expect(AUDIT_ACTION_CHOICES).toContain(choice);
      expect(parseAuditFilters({ action: choice }).action).toBe(choice);
    }
  });

  it("every action belongs to an offered group", () => {
    const groups: readonly string[] = AUDIT_GROUPS;
    expect(AUDIT_ACTIONS.filter((a) => !groups.includes(a.split(".")[0]!))).toEqual([]);
  });

  it("checks the data of an action against its schema", () => {
    expect(AUDIT_DATA["comment.create"].safeParse({ lang: "de" }).success).toBe(true);
    expect(AUDIT_DATA["comment.create"].safeParse({ lang: "fr" }).success).toBe(false);
    expect(AUDIT_DATA["article.publish"].safeParse({ lang: "en" }).success).toBe(false);
  });
});
