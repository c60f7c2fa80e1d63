import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { parseAllowedHost } from "@/lib/cms/webhook-url";
import { WEBHOOK_HOSTS_SETTING } from "./load-webhook-hosts";

export const MAX_WEBHOOK_HOSTS = 50;

/**
 * Replaces the allowed webhook hosts (one host name or address per entry; duplicates merged). A bad entry
 * refuses the whole list with its own code and changes nothing; the change is audited with old and new.
 */
export async function saveWebhookHosts(input: { hosts: string[] }, actor: Actor): Promise<{ hosts: string[] }> {
  const entries = input.hosts.map((h) => h.trim()).filter(Boolean);
  if (entries.length > MAX_WEBHOOK_HOSTS) throw new AppError("WEBHOOK_HOSTS_TOO_MANY", { max: MAX_WEBHOOK_HOSTS });
  const hosts: string[] = [];
  for (const entry of entries) {
    const host = parseAllowedHost(entry);
    if (!host) throw new AppError("WEBHOOK_HOST_INVALID", { host: entry.slice(0, 100) });
    if (!hosts.includes(host)) hosts.push(host);
  }
  await db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: WEBHOOK_HOSTS_SETTING } });
    const value = JSON.stringify(hosts);
    await tx.setting.upsert({
      where: { key: WEBHOOK_HOSTS_SETTING },
      create: { key: WEBHOOK_HOSTS_SETTING, value },
      update: { value },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "settings.webhooks",
      entityType: "setting",
      entityId: WEBHOOK_HOSTS_SETTING,
      data: { hosts, before: before ? (JSON.parse(before.value) as unknown) : [] },
    });
  });
  return { hosts };
}
