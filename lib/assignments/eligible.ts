// Who may fill which slot of an assignment: read off the permission table, so a role that gains or loses
// a permission changes the choice with it. Pure.
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/vocabulary";
import type { ErrorCode } from "@/lib/errors";

export const SLOTS = ["translator", "reviewer"] as const;
export type Slot = (typeof SLOTS)[number];

const NEEDS = { translator: "translation.edit", reviewer: "translation.approve" } as const;

export function canFill(slot: Slot, role: Role | null | undefined): boolean {
  return can(role, NEEDS[slot]);
}

/** Roles whose users the slot takes (for the database query that lists them). */
export function rolesFor(slot: Slot, roles: readonly Role[]): Role[] {
  return roles.filter((r) => canFill(slot, r));
}

export const REFUSAL: Record<Slot, ErrorCode> = {
  translator: "ASSIGNEE_CANNOT_TRANSLATE",
  reviewer: "ASSIGNEE_CANNOT_REVIEW",
};
