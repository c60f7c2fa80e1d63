// Runs once when a server process starts: machine-translation jobs that were queued or running when the
// previous process stopped are picked up again (lib/translation/server/mt-runner.ts), and so are
// webhook deliveries still pending (lib/cms/server/deliver-webhooks.ts); translations whose effort is not
// stored yet are measured (lib/review/server/effort-filler.ts), and so are articles without their folded
// search text (lib/articles/server/fill-search-text.ts); a database from before the concordance index gets
// its words once (lib/translation/server/ensure-concordance-index.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureMtRunner } = await import("./lib/translation/server/mt-runner");
  ensureMtRunner();
  const { ensureWebhookWorker } = await import("./lib/cms/server/deliver-webhooks");
  ensureWebhookWorker();
  const { ensureEffortFiller } = await import("./lib/review/server/effort-filler");
  ensureEffortFiller();
  const { fillAllSearchTexts } = await import("./lib/articles/server/fill-search-text");
  void fillAllSearchTexts();
  const { ensureConcordanceIndex } = await import("./lib/translation/server/ensure-concordance-index");
  void ensureConcordanceIndex();
}
