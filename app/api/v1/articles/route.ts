import { parseListParams, MAX_IMPORT_BODY_BYTES } from "@/lib/cms/api-params";
import { apiRoute, readJsonBody } from "@/lib/cms/server/api-http";
import { authenticateToken } from "@/lib/cms/server/authenticate-token";
import { importArticleViaApi } from "@/lib/cms/server/import-article-via-api";
import { listPublishedArticles } from "@/lib/cms/server/list-published-articles";

// CMS API (docs/openapi.yaml): the published articles, and import of a new article (or of a new
// version of the one with the same source URL).
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return apiRoute(async () => {
    await authenticateToken(request.headers.get("authorization"), "read");
    const params = parseListParams(new URL(request.url).searchParams);
    return Response.json(await listPublishedArticles(params), { headers: { "Cache-Control": "no-store" } });
  });
}

export function POST(request: Request): Promise<Response> {
  return apiRoute(async () => {
    const principal = await authenticateToken(request.headers.get("authorization"), "import");
    const body = await readJsonBody(request, MAX_IMPORT_BODY_BYTES);
    const { articleId, segments, memory, version } = await importArticleViaApi(body, principal);
    // A file whose source URL is an existing article's updated that article: 200 with the new source version.
    return Response.json(
      version === null ? { id: articleId, segments, memory } : { id: articleId, segments, version },
      {
        status: version === null ? 201 : 200,
        headers: { Location: `/articles/${encodeURIComponent(articleId)}`, "Cache-Control": "no-store" },
      },
    );
  });
}
