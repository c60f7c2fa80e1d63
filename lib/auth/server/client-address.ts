import "server-only";
import { FORWARDED_CHAIN_HEADER, parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";

// Read once per process: TRUSTED_PROXIES names the reverse proxies in front of the app (SECURITY.md).
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (trusted.invalid.length)
  console.error("[auth] TRUSTED_PROXIES entries ignored (not an address or CIDR range):", trusted.invalid);

/**
 * The client address of a request that went through proxy.ts: X-Forwarded-For is the socket address Next
 * set, the forwarded chain whatever arrived (lib/auth/client-address.ts explains why).
 */
export function clientAddress(headers: Headers): string | null {
  return resolveClientAddress(headers.get(FORWARDED_CHAIN_HEADER), headers.get("x-forwarded-for"), trusted);
}

/**
 * The same headers with X-Forwarded-For set to the resolved client address alone (and the chain removed),
 * so better-auth — its own limiter and the session's ipAddress — sees the address Duyệt decided on.
 */
export function withClientAddress(headers: Headers): Headers {
  const copy = new Headers(headers);
  const address = clientAddress(headers);
  copy.delete(FORWARDED_CHAIN_HEADER);
  if (address) copy.set("x-forwarded-for", address);
  else copy.delete("x-forwarded-for");
  return copy;
}
