import { currentActor } from "@/lib/auth/server/current-actor";
import { createExportAction } from "@/lib/export/server/actions";
import { statusForCode } from "@/lib/errors";
import { NON_PAGE_POLICY } from "@/lib/security/headers";

// GET /articles/{id}/export?lang=de&format=html&version=2|latest|draft → a file download.
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const q = new URL(request.url).searchParams;
  const result = await createExportAction(
    { articleId, lang: q.get("lang"), format: q.get("format"), version: q.get("version") ?? "latest" },
    await currentActor(),
  );
  if (!result.ok) {
    return Response.json(
      { error: { code: result.code, params: result.params ?? {} } },
      { status: statusForCode(result.code) },
    );
  }
  const { body, contentType, filename } = result.data;
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "content-security-policy": NON_PAGE_POLICY,
      "cache-control": "no-store",
    },
  });
}
