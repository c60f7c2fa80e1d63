// Shared set-up for the CMS API tests: tokens through the real admin action, publications written
// directly (a snapshot of the current state marked published) until the publish service is in place.
import { db } from "@/lib/db";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import { createApiTokenAction, saveWebhookHostsAction } from "@/lib/cms/server/actions";
import type { CreatedApiToken } from "@/lib/cms/server/create-api-token";
import type { TokenScope } from "@/lib/cms/tokens";
import { loadDraftDocument } from "@/lib/export/server/load-document";

export async function createToken(admin: Actor, scopes: TokenScope[], webhookUrl?: string): Promise<CreatedApiToken> {
  const r = await createApiTokenAction({ name: `CMS ${scopes.join("+")}`, scopes, webhookUrl }, admin);
  if (!r.ok) throw new Error(`token not created: ${r.code}`);
  return r.data;
}

/** Webhooks to this machine (the tests' receivers) need an admin's explicit allowance, as in production. */
export async function allowWebhookHosts(admin: Actor, hosts: string[]): Promise<void> {
  const r = await saveWebhookHostsAction({ hosts }, admin);
  if (!r.ok) throw new Error(`webhook hosts not saved: ${r.code}`);
}

/** Fills every translatable segment with "<LANG> <source>", approves it and stores publication `version`. */
export async function publishDirectly(articleId: string, lang: TargetLang, version: number, publishedAt = new Date()) {
  const rows = await db.translation.findMany({ where: { articleId, lang }, include: { segment: true } });
  for (const r of rows) {
    await db.translation.update({
      where: { id: r.id },
      data: { text: `${lang.toUpperCase()} v${version} ${r.segment.sourceText}`, state: "approved" },
    });
  }
  const doc = await loadDraftDocument(articleId, lang);
  const snapshot = { ...doc, status: "published", version, publishedAt: publishedAt.toISOString() };
  await db.publication.updateMany({ where: { articleId, lang, latest: true }, data: { latest: false } });
  return db.publication.create({
    data: { articleId, lang, version, snapshot: JSON.stringify(snapshot), publishedAt, latest: true },
  });
}

export function apiRequest(path: string, token: string | null, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

export const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}
