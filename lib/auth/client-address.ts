// Which address a request came from, for sign-in limits and logs. Pure (node:net only).
//
// `next start` sets X-Forwarded-For to the socket's address only when the request carries none
// (next/dist/server/base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so a
// client could name any address by sending the header itself. proxy.ts therefore moves whatever
// X-Forwarded-For arrived into FORWARDED_CHAIN_HEADER and deletes it; Next then fills X-Forwarded-For
// with the socket address (the "peer"). The chain is believed hop by hop from the right, and only while
// the hop that handed it over is a proxy listed in TRUSTED_PROXIES: without that setting the peer is the
// client, whatever the headers say.
import { BlockList, isIP } from "node:net";

export const FORWARDED_CHAIN_HEADER = "x-duyet-forwarded-for";
/** Longest chain looked at: a bound on work for a header the client writes. */
const MAX_HOPS = 20;

/** An IP address in canonical form (IPv4-mapped IPv6 as IPv4, no zone, no port), or null. */
export function normalizeAddress(raw: string): string | null {
  let v = raw.trim();
  if (v.startsWith("["))
    v = v.slice(1, v.indexOf("]") > 0 ? v.indexOf("]") : undefined); // "[v6]:port"
  else if (v.includes(".") && v.indexOf(":") === v.lastIndexOf(":")) v = v.split(":")[0]!; // "v4:port"
  v = v.split("%")[0]!; // zone id of a link-local address
  const family = isIP(v);
  if (family === 0) return null;
  if (family === 4) return v;
  const canonical = new URL(`http://[${v}]`).hostname.slice(1, -1); // lower case, "::" compressed
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

export type TrustedProxies = { list: BlockList; size: number; invalid: string[] };

/** TRUSTED_PROXIES: comma- or space-separated addresses and CIDR ranges ("10.0.0.0/8, 127.0.0.1, ::1"). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const invalid: string[] = [];
  let size = 0;
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [ip, bits, extra] = entry.split("/");
    const address = ip ? normalizeAddress(ip) : null;
    const family = address ? (isIP(address) === 4 ? "ipv4" : "ipv6") : null;
    const prefix = bits === undefined ? (family === "ipv4" ? 32 : 128) : Number(bits);
    const max = family === "ipv4" ? 32 : 128;
    if (!address || !family || extra !== undefined || !/^\d{1,3}$/.test(String(prefix)) || prefix > max) {
      invalid.push(entry);
      continue;
    }
    list.addSubnet(address, prefix, family);
    size++;
  }
  return { list, size, invalid };
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  return trusted.size > 0 && trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client: the peer, unless the peer is a trusted proxy — then the hop that proxy reported (the
 * rightmost chain entry), and so on leftwards while the hops are trusted proxies. A malformed entry ends
 * the walk at the last address a trusted proxy vouched for.
 */
export function resolveClientAddress(
  chain: string | null,
  peer: string | null,
  trusted: TrustedProxies,
): string | null {
  let current = peer ? normalizeAddress(peer.split(",").at(-1)!) : null;
  if (!current) return null;
  const hops = (chain ?? "").split(",").slice(-MAX_HOPS);
  while (isTrusted(current, trusted) && hops.length > 0) {
    const next = normalizeAddress(hops.pop()!);
    if (!next) break;
    current = next;
  }
  return current;
}

/** IPv6 clients usually hold a whole /64: limits count the prefix, or one client would have 2^64 tries. */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
