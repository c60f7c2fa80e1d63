import { parseFetchParams } from "@/lib/cms/api-params";
import { apiRoute } from "@/lib/cms/server/api-http";
import { authenticateToken } from "@/lib/cms/server/authenticate-token";
import { exportArticle } from "@/lib/publishing/server/export-article";
import { NON_PAGE_POLICY } from "@/lib/security/headers";

// CMS API (docs/openapi.yaml): one published article language in one export format.
export const dynamic = "force-dynamic";

export function GET(request: Request, context: { params: Promise<{ id: string; lang: string }> }): Promise<Response> {
  return apiRoute(async () => {
    const principal = await authenticateToken(request.headers.get("authorization"), "read");
    const { id, lang } = await context.params;
    const input = parseFetchParams(id, lang, new URL(request.url).searchParams);
    const file = await exportArticle(input, principal.owner, { name: principal.name, prefix: principal.prefix });
    // A file, never a page of this origin: HTML from a translation must not run here if opened in a browser.
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Content-Security-Policy": NON_PAGE_POLICY,
        "Cache-Control": "no-store",
        ...(file.version !== null ? { "X-Duyet-Version": String(file.version) } : {}),
      },
    });
  });
}
