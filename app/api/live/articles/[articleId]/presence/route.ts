import { liveActor } from "@/lib/live/server/open-live-article";
import { movePresence, presenceInput } from "@/lib/live/server/move-presence";

// An open editor says which cell it is in and whether it is typing (throttled by the editor).
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ articleId: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  const { articleId } = await context.params;
  const actor = await liveActor(request.headers, articleId);
  if (typeof actor === "number") return new Response(null, { status: actor });
  const parsed = presenceInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ code: "INVALID_INPUT" }, { status: 400 });
  await movePresence(articleId, parsed.data, actor);
  return new Response(null, { status: 204 });
}
