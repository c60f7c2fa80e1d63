import "server-only";
import { db } from "@/lib/db";
import { parseInlineCodes } from "@/lib/export/xliff-inline";
import type { InlineCodes } from "@/lib/export/xliff-inline";

/** The XLIFF inline codes of these segments (imported from a CAT file), by segment id. */
export async function loadInlineCodes(segmentIds: string[]): Promise<Map<string, InlineCodes>> {
  const rows = await db.segment.findMany({
    where: { id: { in: segmentIds }, inlineCodes: { not: null } },
    select: { id: true, inlineCodes: true },
  });
  const out = new Map<string, InlineCodes>();
  for (const row of rows) {
    const codes = parseInlineCodes(row.inlineCodes);
    if (codes) out.set(row.id, codes);
  }
  return out;
}
