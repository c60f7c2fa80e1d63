// User administration rules, framework-free: the shape of every input an admin or a user sends, the
// generated initial password, and the rule that the newsroom never loses its last active admin.
import { randomInt } from "node:crypto";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { ROLES, type Role } from "@/lib/vocabulary";
import { cleanText } from "@/lib/text/schema";

/** better-auth's limits (lib/auth/server/auth.ts minPasswordLength; its default maximum is 128). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const userId = cleanText(64).min(1);

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  name: cleanText(120)
    .transform((n) => n.trim())
    .pipe(z.string().min(1)),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  /** Empty or missing: a password is generated and shown to the admin once. */
  password: z.union([z.literal(""), passwordSchema]).optional(),
});

export const setRoleInput = z.object({ userId, role: z.enum(ROLES) });
export const resetPasswordInput = z.object({ userId, password: z.union([z.literal(""), passwordSchema]).optional() });
export const setActiveInput = z.object({ userId, active: z.boolean() });
export const listUsersInput = z.object({ page: z.number().int().min(1).max(100_000).default(1) });

/** The repetition is compared by the service, which answers PASSWORD_MISMATCH rather than INVALID_INPUT. */
export const changeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX),
  newPassword: passwordSchema,
  repeat: z.string().max(PASSWORD_MAX),
});

// No look-alikes (0/O, 1/l/I): the admin reads the password out or types it into a message.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password of `length` characters (≈ 5.8 bits each: 16 characters ≈ 93 bits). */
export function generatePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export type AdminChange = { kind: "role"; role: Role } | { kind: "active"; active: boolean };

/**
 * Whether `change` to a user leaves the newsroom without an active admin. `otherActiveAdmins` counts the
 * active admins other than the target. Only a change that takes an active admin out of the role matters.
 */
export function removesLastAdmin(
  target: { role: string | null; active: boolean },
  change: AdminChange,
  otherActiveAdmins: number,
): boolean {
  if (target.role !== "admin" || !target.active || otherActiveAdmins > 0) return false;
  return change.kind === "role" ? change.role !== "admin" : !change.active;
}
