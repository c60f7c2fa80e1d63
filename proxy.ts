import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import {
  HSTS,
  NON_PAGE_POLICY,
  pagePolicy,
  SECURITY_HEADERS,
  servedOverHttps,
  withForwardedForSetAside,
} from "@/lib/security/headers";

// Runs before every request (see the matcher): security headers on every answer, a fresh CSP nonce for
// pages, forwarded-address headers set aside so the client address cannot be forged (lib/auth/client-
// address.ts), and a cheap first gate that sends workbench pages without a session cookie to sign-in
// (pages and actions still verify the session and the role on the server).
const WORKBENCH = /^\/(?:articles|admin|effort)(?:\/|$)/;
const DOWNLOAD = /^\/articles\/[^/]+\/export$/; // a file, not a page: the sandboxed policy

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const headers = withForwardedForSetAside(request.headers);
  const page = !path.startsWith("/api/") && !path.startsWith("/_next/") && !DOWNLOAD.test(path);
  const https = servedOverHttps({
    publicUrl: process.env.BETTER_AUTH_URL,
    trustedProxies: process.env.TRUSTED_PROXIES,
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  let policy = NON_PAGE_POLICY;
  if (page) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    policy = pagePolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy); // Next takes the nonce for its scripts from here
  }

  let response: NextResponse;
  // A server action is answered by the action itself: without a session it returns UNAUTHENTICATED, which
  // the page turns into a message and a sign-in dialog. A redirect would be an HTML page the action's
  // caller cannot read (it used to leave saves hanging on "Saving…").
  const action = request.method === "POST" && request.headers.has("next-action");
  if ((path === "/" || WORKBENCH.test(path)) && !action && !getSessionCookie(request)) {
    const url = new URL("/sign-in", request.url);
    if (path !== "/") url.searchParams.set("next", path);
    response = NextResponse.redirect(url);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

// Every path, static files included: every answer carries the headers, and no request reaches a route
// with a forwarded address the client wrote.
export const config = { matcher: "/:path*" };
