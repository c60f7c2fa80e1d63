// Publishing through the publish service announces the publication to the webhook, and the API lists it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";
import { publishArticle } from "@/lib/publishing/server/publish-article";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { createActor, createArticle } from "../../factories";
import { apiRequest, createToken } from "./helpers";
import { withWebhookReceiver } from "./webhook-receiver";

const hook = withWebhookReceiver();

describe("publishing through the publish service", () => {
  it("announces the publication to the webhook and makes it listable and fetchable through the API", async () => {
    const admin = await createActor("admin");
    const reader = await createToken(admin, ["read"], `${hook.base}/hook`);
    const { articleId } = await createArticle(admin);
    // Approved, error-free German: what the reviewers' work produces before a publisher publishes.
    await db.translation.updateMany({
      where: { articleId, lang: "de" },
      data: { text: "Neue U-Bahn", state: "approved", errorCount: 0 },
    });
    const published = await publishArticle({ articleId, lang: "de" }, await createActor("publisher"));
    await kickWebhookDeliveries();

    expect(hook.received).toHaveLength(1);
    const body = JSON.parse(hook.received[0]!.body) as {
      data: { publicationId: string; version: number; path: string };
    };
    expect(body.data).toMatchObject({
      publicationId: published.publicationId,
      version: 1,
      path: `/api/v1/articles/${articleId}/de?version=1`,
    });
    const list = (await (await listRoute(apiRequest("/api/v1/articles", reader.token))).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).toEqual([articleId]);
  });
});
