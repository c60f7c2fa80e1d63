import { apiError } from "@/lib/cms/server/api-http";

// Unknown API paths answer in the API's JSON error shape, not with the workbench's HTML 404 page.
export const dynamic = "force-dynamic";

const notFound = async (): Promise<Response> => apiError("API_NOT_FOUND");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
