import { liveActor } from "@/lib/live/server/open-live-article";
import { openLiveStream } from "@/lib/live/server/open-stream";

// An open editor's live channel (Server-Sent Events): committed changes and presence of one article.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ articleId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const { articleId } = await context.params;
  const actor = await liveActor(request.headers, articleId);
  if (typeof actor === "number") return new Response(null, { status: actor });
  // The browser's own reconnect sends the header; a stream reopened by the editor sends `?last=`.
  const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("last");
  const stream = openLiveStream({ articleId, actor, lastEventId, signal: request.signal });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no", // a reverse proxy must not hold events back
    },
  });
}
