import "server-only";
import { auth } from "./auth";
import { withClientAddress } from "./client-address";

/** better-auth's HTTP endpoints (/api/auth/*), seeing the client address Duyệt resolved, never a forged one. */
export function handleAuthRequest(request: Request): Promise<Response> {
  return auth.handler(new Request(request, { headers: withClientAddress(request.headers) }));
}
