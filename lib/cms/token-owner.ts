// What a token may do is decided by its owner as they are now, on every request: a token is an admin's
// delegation, so it works only while the owner exists, is not banned and still holds token.manage, and
// each scope also needs the owner's own permission for it. Pure, so the rule has unit tests.
import { type Actor, isRole } from "@/lib/vocabulary";
import { can, type Permission } from "@/lib/auth/permissions";
import type { TokenScope } from "./tokens";

export const SCOPE_PERMISSION: Record<TokenScope, Permission> = { read: "article.read", import: "article.import" };

export type TokenOwnerRow = {
  id: string;
  name: string;
  role: string | null;
  banned: boolean | null;
  banExpires: Date | null;
};

/** better-auth's admin plugin lifts a ban whose banExpires has passed; until then the user is banned. */
export function isBanned(owner: Pick<TokenOwnerRow, "banned" | "banExpires">, now: Date): boolean {
  if (owner.banned !== true) return false;
  return !owner.banExpires || owner.banExpires.getTime() > now.getTime();
}

/** The owner as the actor the token acts for, or null when the owner may not (or no longer) use it for `scope`. */
export function tokenOwnerActor(owner: TokenOwnerRow | null, scope: TokenScope, now: Date): Actor | null {
  if (!owner || isBanned(owner, now) || !isRole(owner.role)) return null;
  if (!can(owner.role, "token.manage") || !can(owner.role, SCOPE_PERMISSION[scope])) return null;
  return { id: owner.id, name: owner.name, role: owner.role };
}
