import "server-only";
import { db } from "@/lib/db";

export async function countMemory(): Promise<number> {
  return db.tmEntry.count();
}
