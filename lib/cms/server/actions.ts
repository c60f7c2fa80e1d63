import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { TOKEN_SCOPES } from "@/lib/cms/tokens";
import { WEBHOOK_URL_MAX } from "@/lib/cms/webhook-url";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { saveWebhookHosts } from "./save-webhook-hosts";

// Token management is an admin mutation like any other: through the one door, with token.manage.
export const createApiTokenAction = defineAction({
  permission: "token.manage",
  input: z.object({
    name: z.string().max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).max(TOKEN_SCOPES.length),
    // The URL rules (https, or http to this machine) live in the service so they have their own error code.
    webhookUrl: z.string().max(WEBHOOK_URL_MAX).nullish(),
  }),
  run: (input, actor) => createApiToken(input, actor),
});

export const revokeApiTokenAction = defineAction({
  permission: "token.manage",
  input: z.object({ id: z.string().min(1).max(100) }),
  run: (input, actor) => revokeApiToken(input, actor),
});

// Which local or private hosts webhooks may reach is a setting like the review rules: settings.manage.
export const saveWebhookHostsAction = defineAction({
  permission: "settings.manage",
  input: z.object({ hosts: z.array(z.string().max(300)).max(500) }),
  run: (input, actor) => saveWebhookHosts(input, actor),
});
