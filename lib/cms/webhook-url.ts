// Where a webhook may point. Pure (node:net and the WHATWG URL parser, which already turns 127.1,
// 0x7f000001, 2130706433 and 017700000001 into 127.0.0.1 and IPv6 into its canonical form).
// HTTPS to a public host; never this machine, a local network or an address that is not the public
// internet — unless an admin named the host under Admin → Settings (allowed webhook hosts). Plain HTTP only
// to such a named host, so a signed payload is not sent in clear text to the open internet by accident.
// The delivery checks again, against the addresses the name resolves to then (lib/cms/server/send-webhook.ts).
import { BlockList, isIP } from "node:net";

export const WEBHOOK_URL_MAX = 2000;

const FORBIDDEN = new BlockList();
const V4: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];
const V6: [string, number][] = [
  ["::", 96], // unspecified, loopback and the old IPv4-compatible form (IPv4-mapped ::ffff:… is checked as IPv4)
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48], // NAT64: would reach an IPv4 address by another name
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
];
for (const [net, bits] of V4) FORBIDDEN.addSubnet(net, bits, "ipv4");
for (const [net, bits] of V6) FORBIDDEN.addSubnet(net, bits, "ipv6");

/** Loopback, private, link-local, shared, reserved, documentation or multicast: not the public internet. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: nothing to connect to
  return FORBIDDEN.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A host as compared everywhere: lower case, without IPv6 brackets and without a final dot. */
export function hostKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** Names that mean this machine or a local network whatever DNS says: localhost, mDNS, one-label names… */
export function isLocalName(host: string): boolean {
  if (isIP(host)) return false;
  return !host.includes(".") || /(^|\.)(localhost|local|internal|home\.arpa|localdomain)$/.test(host);
}

export type WebhookUrlCheck =
  | { ok: true; url: URL; host: string }
  | { ok: false; code: "API_WEBHOOK_URL_INVALID" | "API_WEBHOOK_HOST_FORBIDDEN"; host?: string };

/**
 * The rules at token creation and before each delivery (allowedHosts: the admin setting, as hostKey()s).
 * At creation a name is also judged by how it looks (localhost, *.local, one label), since nothing is
 * resolved then; a delivery passes judgeNames: false and judges the addresses the name resolves to instead.
 */
export function checkWebhookUrl(
  value: string,
  allowedHosts: readonly string[],
  o: { judgeNames?: boolean } = {},
): WebhookUrlCheck {
  if (value.length > WEBHOOK_URL_MAX) return { ok: false, code: "API_WEBHOOK_URL_INVALID" };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: "API_WEBHOOK_URL_INVALID" };
  }
  if (url.username || url.password) return { ok: false, code: "API_WEBHOOK_URL_INVALID" }; // secrets belong in the signature
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, code: "API_WEBHOOK_URL_INVALID" };
  const host = hostKey(url.hostname);
  if (!host) return { ok: false, code: "API_WEBHOOK_URL_INVALID" };
  if (allowedHosts.includes(host)) return { ok: true, url, host };
  const forbidden = isIP(host) ? isForbiddenAddress(host) : o.judgeNames !== false && isLocalName(host);
  if (forbidden) return { ok: false, code: "API_WEBHOOK_HOST_FORBIDDEN", host };
  if (url.protocol !== "https:") return { ok: false, code: "API_WEBHOOK_URL_INVALID" };
  return { ok: true, url, host };
}

/**
 * One entry of the allowed-hosts setting as the admin typed it ("cms.intern", "127.0.0.1", "[::1]"), as a
 * hostKey(), or null when it is not a bare host name or address (no scheme, port, path or wildcard).
 */
export function parseAllowedHost(entry: string): string | null {
  const raw = entry.trim();
  if (!raw || raw.length > 253 || /[/\s@*?#]/.test(raw)) return null;
  if (isIP(raw) === 6) return hostKey(new URL(`http://[${raw}]/`).hostname); // "::1" as well as "[::1]"
  let url: URL;
  try {
    url = new URL(`http://${raw}/`);
  } catch {
    return null;
  }
  if (url.port || url.username) return null;
  return hostKey(url.hostname) || null;
}
