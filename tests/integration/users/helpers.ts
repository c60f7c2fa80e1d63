// Shared set-up of the user-administration tests.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { createUserWithPassword } from "../auth/helpers";

export const email = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}@test.duyet`;
export const auditOf = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

export async function adminActor(): Promise<Actor> {
  const a = await createUserWithPassword("admin");
  return { id: a.id, role: "admin", name: "Admin" };
}
