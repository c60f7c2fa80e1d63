// Shared setup for the MT integration tests: the local DeepL server on an ephemeral port, the app's
// environment pointed at it (fast retries, short timeouts) and a way to run the queue to the end.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startDeeplServer, type DeeplServer } from "@/tests/deepl-server/server";
import { kickMtRunner } from "@/lib/translation/server/mt-runner";
import { db } from "@/lib/db";

export const KEY = "mt-integration-key";

export function withDeeplServer(): { server: () => DeeplServer } {
  let server: DeeplServer;
  beforeAll(async () => {
    server = await startDeeplServer({ authKey: KEY });
    Object.assign(process.env, {
      DEEPL_AUTH_KEY: KEY,
      DEEPL_SERVER_URL: server.url,
      DEEPL_RETRY_BASE_MS: "1",
      DEEPL_TIMEOUT_MS: "2000",
      DEEPL_MAX_ATTEMPTS: "3",
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.reset());
  return { server: () => server };
}

/** Runs queued jobs until none is left (what the background runner does after the request returned). */
export async function drainJobs(): Promise<void> {
  await kickMtRunner();
}

export const translateRequests = (s: DeeplServer) => s.requests().filter((r) => r.path === "/v2/translate");

/** A plain-text article: title, then `paragraphs` lines of `perParagraph` distinct sentences each. */
export function longArticle(title: string, paragraphs: number, perParagraph: number): string {
  const lines = [title];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = Array.from(
      { length: perParagraph },
      (_, s) => `Câu số ${p * perParagraph + s + 1} của bài viết nói về tỉnh ${title}.`,
    );
    lines.push(sentences.join(" "));
  }
  return lines.join("\n");
}

export async function rowsOf(articleId: string) {
  return db.translation.findMany({
    where: { articleId },
    include: { segment: true },
    orderBy: [{ segment: { position: "asc" } }, { lang: "asc" }],
  });
}
