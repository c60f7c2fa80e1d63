import { readBodyText } from "@/lib/cms/server/api-http";
import { liveActor } from "@/lib/live/server/open-live-article";
import { movePresence, presenceInput } from "@/lib/live/server/move-presence";

// An open editor says which cell it is in and whether it is typing (throttled by the editor).
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ articleId: string }> };
const MAX_BODY = 1_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { articleId } = await context.params;
  const actor = await liveActor(request.headers, articleId);
  if (typeof actor === "number") return new Response(null, { status: actor });
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this route never allows.
  if (!request.headers.get("content-type")?.startsWith("application/json")) return new Response(null, { status: 415 });
  const body = await readBodyText(request, MAX_BODY); // stops reading past the limit
  if (body === null) return new Response(null, { status: 413 });
  const parsed = presenceInput.safeParse(parseJson(body));
  if (!parsed.success) return Response.json({ code: "INVALID_INPUT" }, { status: 400 });
  await movePresence(articleId, parsed.data, actor);
  return new Response(null, { status: 204 });
}
