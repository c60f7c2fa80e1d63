import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { formatScopes, generateToken, generateWebhookSecret, parseScopes, type TokenScope } from "@/lib/cms/tokens";
import { checkWebhookUrl } from "@/lib/cms/webhook-url";
import { loadWebhookHosts } from "./load-webhook-hosts";

export type CreateApiTokenInput = { name: string; scopes: TokenScope[]; webhookUrl?: string | null };
export type CreatedApiToken = {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  webhookUrl: string | null;
  /** The only time the plain token exists outside the client: only its hash is stored. */
  token: string;
  webhookSecret: string | null;
};

/** The URL as the parser normalised it (127.1 → 127.0.0.1), or a coded refusal (lib/cms/webhook-url.ts). */
async function checkedWebhookUrl(value: string | null): Promise<string | null> {
  if (!value) return null;
  const check = checkWebhookUrl(value, await loadWebhookHosts());
  if (!check.ok) throw new AppError(check.code, check.host ? { host: check.host } : {});
  return check.url.href;
}

/** Creates a token (and a webhook secret when a URL is given) and records who created it. */
export async function createApiToken(input: CreateApiTokenInput, actor: Actor): Promise<CreatedApiToken> {
  const name = input.name.trim();
  if (!name) throw new AppError("API_TOKEN_NAME_REQUIRED");
  const scopes = formatScopes(input.scopes);
  if (!scopes) throw new AppError("API_TOKEN_SCOPE_REQUIRED");
  const webhookUrl = await checkedWebhookUrl(input.webhookUrl?.trim() || null);

  const { token, prefix, hash } = generateToken();
  const webhookSecret = webhookUrl ? generateWebhookSecret() : null;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name, tokenHash: hash, prefix, scopes, webhookUrl, webhookSecret, createdById: actor.id },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "token.create",
      entityType: "apiToken",
      entityId: created.id,
      data: { name, prefix, scopes, webhookUrl },
    });
    return created;
  });
  return { id: row.id, name, prefix, scopes: parseScopes(scopes), webhookUrl, token, webhookSecret };
}
