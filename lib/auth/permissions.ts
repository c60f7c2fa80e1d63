// Who may do what: the one table every server action and API route checks (lib/action.ts).
import type { Role } from "@/lib/vocabulary";

const translator = [
  "article.read",
  "article.import",
  "translation.edit",
  "translation.confirm",
  "translation.machine",
  "comment.create",
  "account.password",
] as const;
const reviewer = [
  ...translator,
  "translation.approve",
  "translation.reject",
  "assignment.manage", // who translates and reviews a language, by when (lib/assignments)
] as const;
const publisher = [...reviewer, "article.publish", "article.export"] as const;
const admin = [
  ...publisher,
  "user.manage",
  "glossary.manage",
  "settings.manage",
  "token.manage",
  "audit.read",
] as const;

export type Permission = (typeof admin)[number];

export const PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  translator: new Set(translator),
  reviewer: new Set(reviewer),
  publisher: new Set(publisher),
  admin: new Set(admin),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? PERMISSIONS[role].has(permission) : false;
}
