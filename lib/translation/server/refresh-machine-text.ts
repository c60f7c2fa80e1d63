import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Refresh = {
  text: string;
  engine: string;
  settings: Record<string, unknown>;
  billedCharacters?: number;
  /** The source the text translates (machine-refresh.ts reads it to know the row is current). */
  forSource: string;
};

/**
 * A new machine text for a row whose source changed (lib/translation/machine-refresh.ts), beside its
 * draft: the text, state and version stay as they are, so a translator in the cell keeps working and
 * nothing of theirs is overwritten. Only while the row still awaits review of the changed source.
 */
export async function refreshMachineText(
  tx: Prisma.TransactionClient,
  row: { id: string },
  r: Refresh,
): Promise<boolean> {
  const updated = await tx.translation.updateMany({
    where: { id: row.id, sourceChanged: true, state: { notIn: ["untranslated", "approved"] } },
    data: {
      machineText: r.text,
      machineEngine: r.engine,
      machineSettings: JSON.stringify({ ...r.settings, forSource: r.forSource }),
      billedCharacters: r.billedCharacters,
    },
  });
  return updated.count === 1;
}
