// Response headers every answer carries (set by proxy.ts), and the request-header clean-up that makes the
// client address trustworthy. Pure: unit-tested without a server.
import { FORWARDED_CHAIN_HEADER } from "@/lib/auth/client-address";

/**
 * Pages: scripts only with this request's nonce ('strict-dynamic' lets Next's runtime load its own
 * chunks; Next reads the nonce from the request's CSP header and puts it on every script and style it
 * renders). Style attributes stay allowed (style-src-attr): React renders `style="width:42%"` for bars
 * and the virtual list, and attributes cannot carry a nonce. No 'unsafe-eval' outside development.
 */
export function pagePolicy(o: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    o.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${o.nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(o.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Everything that is not a page (API answers, downloads, static files): nothing may run or frame it. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Two years; no includeSubDomains, since other hosts of the newsroom's domain are not ours to decide. */
export const HSTS = "max-age=63072000";

/**
 * HTTPS as the browser sees it: the public URL says so (BETTER_AUTH_URL), or a trusted proxy
 * (TRUSTED_PROXIES is set) reports it in X-Forwarded-Proto. `next start` itself only speaks HTTP.
 */
export function servedOverHttps(o: {
  publicUrl?: string;
  trustedProxies?: string;
  forwardedProto: string | null;
}): boolean {
  if (o.publicUrl?.startsWith("https://")) return true;
  return Boolean(o.trustedProxies?.trim()) && o.forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * The request headers the app sees: whatever X-Forwarded-For arrived is kept aside in the chain header
 * and removed, so that Next sets X-Forwarded-For to the socket address (lib/auth/client-address.ts).
 * X-Real-IP is dropped: nothing here trusts it, and no library should by accident.
 */
export function withForwardedForSetAside(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  const forwarded = headers.get("x-forwarded-for");
  headers.delete("x-forwarded-for");
  headers.delete("x-real-ip");
  headers.delete(FORWARDED_CHAIN_HEADER);
  if (forwarded) headers.set(FORWARDED_CHAIN_HEADER, forwarded);
  return headers;
}
