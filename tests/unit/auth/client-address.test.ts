import { describe, expect, it } from "vitest";
import { addressBucket, normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);

describe("normalizeAddress", () => {
  it("accepts IPv4, IPv6, ports, brackets, zones and mapped addresses", () => {
    expect(normalizeAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normalizeAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:DB8:0:0::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::ffff:7f00:1")).toBe("127.0.0.1");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "unknown", "localhost", "1.2.3", "999.1.1.1", "1.2.3.4.5", "::g", "_gateway"]) {
      expect(normalizeAddress(bad), bad).toBeNull();
    }
  });
});

describe("resolveClientAddress", () => {
  it("without trusted proxies is the peer, whatever the forwarded chain says", () => {
    expect(resolveClientAddress("198.51.100.1", "203.0.113.7", none)).toBe("203.0.113.7");
    expect(resolveClientAddress(null, "::ffff:127.0.0.1", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("1.1.1.1", null, none)).toBeNull();
  });

  it("behind trusted proxies walks the chain from the right to the first hop that is not one", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    // forged, real client, inner proxy — handed over by the outer proxy 127.0.0.1
    expect(resolveClientAddress("6.6.6.6, 203.0.113.7, 10.1.2.3", "127.0.0.1", trusted)).toBe("203.0.113.7");
    // a request that reached the app directly is its own client, whatever it forwards
    expect(resolveClientAddress("10.9.9.9, 198.51.100.1", "203.0.113.99", trusted)).toBe("203.0.113.99");
    // a malformed hop ends the walk at the last address a trusted proxy vouched for
    expect(resolveClientAddress("junk", "127.0.0.1", trusted)).toBe("127.0.0.1");
    expect(resolveClientAddress(null, "127.0.0.1", trusted)).toBe("127.0.0.1");
  });

  it("reads at most 20 hops of a long chain", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    const chain = ["203.0.113.1", ...Array.from({ length: 30 }, (_, i) => `10.0.0.${i + 1}`)].join(",");
    expect(resolveClientAddress(chain, "10.0.1.1", trusted)).toBe("10.0.0.11");
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDR ranges of both families and lists what it could not read", () => {
    const t = parseTrustedProxies("10.0.0.0/8 ::1, 2001:db8::/32,bogus, 1.2.3.4/40, 5.6.7.8/8/8");
    expect(t.size).toBe(3);
    expect(t.invalid).toEqual(["bogus", "1.2.3.4/40", "5.6.7.8/8/8"]);
    expect(t.list.check("10.200.0.1", "ipv4")).toBe(true);
    expect(t.list.check("2001:db8:ffff::1", "ipv6")).toBe(true);
    expect(t.list.check("11.0.0.1", "ipv4")).toBe(false);
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 and collapses IPv6 to its /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });
});
