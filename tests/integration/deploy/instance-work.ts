// What each of the two instances does at the same moment: two "Machine translate" clicks on one
// article, two "Publish" clicks on another, then run its MT queue and its webhook deliveries.
import type { Actor } from "@/lib/vocabulary";
import { startMachineTranslationAction } from "@/lib/translation/server/actions";
import { publishArticleAction } from "@/lib/export/server/actions";
import { kickMtRunner } from "@/lib/translation/server/mt-runner";
import { kickWebhookDeliveries } from "@/lib/cms/server/deliver-webhooks";

export type InstanceJob = { mtArticleId: string; publishArticleId: string; translator: Actor; publisher: Actor };

export async function act(job: InstanceJob) {
  const clicks = await Promise.all([
    startMachineTranslationAction({ articleId: job.mtArticleId }, job.translator),
    startMachineTranslationAction({ articleId: job.mtArticleId }, job.translator),
    publishArticleAction({ articleId: job.publishArticleId, lang: "en" }, job.publisher),
    publishArticleAction({ articleId: job.publishArticleId, lang: "en" }, job.publisher),
  ]);
  await kickMtRunner();
  const webhooks = await kickWebhookDeliveries();
  return { clicks: clicks.map((c) => (c.ok ? { ok: true, data: c.data } : { ok: false, code: c.code })), webhooks };
}
