import { MAX_IMPORT_BODY_BYTES } from "@/lib/cms/api-params";
import { apiRoute, readJsonBody } from "@/lib/cms/server/api-http";
import { authenticateToken } from "@/lib/cms/server/authenticate-token";
import { updateArticleViaApi } from "@/lib/cms/server/import-article-via-api";

// CMS API (docs/openapi.yaml): a new version of an article's Vietnamese source.
export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(async () => {
    const principal = await authenticateToken(request.headers.get("authorization"), "import");
    const { id } = await context.params;
    const body = await readJsonBody(request, MAX_IMPORT_BODY_BYTES);
    const { articleId, version, segments, unchanged, moved, changed, added, removed } = await updateArticleViaApi(
      id,
      body,
      principal,
    );
    return Response.json(
      { id: articleId, version, segments, unchanged, moved, changed, added, removed },
      { headers: { Location: `/articles/${encodeURIComponent(articleId)}`, "Cache-Control": "no-store" } },
    );
  });
}
