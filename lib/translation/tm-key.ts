import { createHash } from "node:crypto";
import { normalizeForTm } from "./tm";

/** How a Vietnamese source is stored in and looked up from the memory (exact match = same hash). */
export function tmKey(source: string): { vi: string; hash: string; viLength: number } {
  const vi = normalizeForTm(source);
  return { vi, hash: createHash("sha256").update(vi).digest("hex"), viLength: [...vi].length };
}
