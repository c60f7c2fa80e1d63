import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseAllowedHost } from "@/lib/cms/webhook-url";

export const WEBHOOK_HOSTS_SETTING = "webhookAllowedHosts";

/** The hosts an admin allowed webhooks to reach although they are local or private (lib/cms/webhook-url.ts). */
export async function loadWebhookHosts(client: Prisma.TransactionClient = db): Promise<string[]> {
  const row = await client.setting.findUnique({ where: { key: WEBHOOK_HOSTS_SETTING } });
  if (!row) return [];
  try {
    const value: unknown = JSON.parse(row.value);
    return Array.isArray(value) ? value.flatMap((v) => (typeof v === "string" && parseAllowedHost(v)) || []) : [];
  } catch {
    return [];
  }
}
