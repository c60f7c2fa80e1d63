import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isForbiddenAddress, parseAllowedHost } from "@/lib/cms/webhook-url";

const verdict = (url: string, allowed: string[] = []) => {
  const r = checkWebhookUrl(url, allowed);
  return r.ok ? "ok" : r.code === "API_WEBHOOK_HOST_FORBIDDEN" ? "forbidden" : "invalid";
};

describe("webhook URLs", () => {
  it("accept https to public hosts", () => {
    expect(verdict("https://cms.example.com/hooks/duyet")).toBe("ok");
    expect(verdict("https://93.184.215.14/hook")).toBe("ok");
    expect(verdict("https://[2606:4700::1111]/hook")).toBe("ok");
    expect(verdict("https://[::ffff:8.8.8.8]/hook")).toBe("ok");
  });

  it("refuse loopback in every notation the URL parser understands", () => {
    for (const host of [
      "127.0.0.1",
      "127.1",
      "127.0.1",
      "0x7f000001",
      "0x7f.1",
      "2130706433",
      "017700000001",
      "0177.0.0.1",
      "[::1]",
      "[0:0:0:0:0:0:0:1]",
      "[::ffff:127.0.0.1]",
      "[::ffff:7f00:1]",
      "[::127.0.0.1]",
      "0.0.0.0",
      "0",
      "[::]",
    ]) {
      expect(verdict(`https://${host}/hook`), host).toBe("forbidden");
      expect(verdict(`http://${host}:8080/hook`), host).toBe("forbidden");
    }
  });

  it("refuse private, link-local, shared and other non-public ranges", () => {
    for (const host of [
      "10.0.0.1",
      "10.255.255.255",
      "172.16.0.1",
      "172.31.255.254",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.255",
      "192.0.2.1",
      "198.18.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "[fe80::1]",
      "[fc00::1]",
      "[fd12:3456::1]",
      "[ff02::1]",
      "[64:ff9b::a00:1]",
      "[::ffff:10.0.0.1]",
      "[::ffff:169.254.169.254]",
    ]) {
      expect(verdict(`https://${host}/hook`), host).toBe("forbidden");
    }
    for (const host of ["172.32.0.1", "100.128.0.1", "11.0.0.1", "192.169.0.1"])
      expect(verdict(`https://${host}/`), host).toBe("ok");
  });

  it("refuse names that mean this machine or a local network", () => {
    for (const host of [
      "localhost",
      "LOCALHOST",
      "localhost.",
      "api.localhost",
      "printer.local",
      "db.internal",
      "nas.home.arpa",
      "intranet",
      "cms",
    ]) {
      expect(verdict(`https://${host}/hook`), host).toBe("forbidden");
    }
  });

  it("let an admin allow named hosts, and only then plain HTTP", () => {
    expect(verdict("http://127.0.0.1:4000/hook", ["127.0.0.1"])).toBe("ok");
    expect(verdict("http://127.1:4000/hook", ["127.0.0.1"])).toBe("ok"); // the same host, written differently
    expect(verdict("https://localhost/hook", ["localhost"])).toBe("ok");
    expect(verdict("http://[::1]:8080/", ["::1"])).toBe("ok");
    expect(verdict("http://cms.intern/hook", ["cms.intern"])).toBe("ok");
    expect(verdict("http://localhost/hook", ["127.0.0.1"])).toBe("forbidden"); // a different name
    expect(verdict("http://cms.example.com/hook")).toBe("invalid"); // public, but not encrypted
  });

  it("refuse what is not an http(s) URL without credentials", () => {
    for (const url of [
      "https://user:pw@cms.example.com/",
      "ftp://cms.example.com/",
      "javascript:alert(1)",
      "not a url",
      "file:///etc/passwd",
      `https://x.example/${"a".repeat(2100)}`,
    ]) {
      expect(verdict(url), url).toBe("invalid");
    }
  });
});

describe("at delivery", () => {
  it("names are left to the addresses they resolve to; literal addresses and the protocol are judged as before", () => {
    expect(checkWebhookUrl("https://localhost:8443/hook", [], { judgeNames: false })).toMatchObject({
      ok: true,
      host: "localhost",
    });
    expect(checkWebhookUrl("https://127.1/hook", [], { judgeNames: false })).toMatchObject({
      ok: false,
      code: "API_WEBHOOK_HOST_FORBIDDEN",
    });
    expect(checkWebhookUrl("http://localhost/hook", [], { judgeNames: false })).toMatchObject({
      ok: false,
      code: "API_WEBHOOK_URL_INVALID",
    });
  });
});

describe("forbidden addresses", () => {
  it("are judged on the address the name resolved to", () => {
    expect(isForbiddenAddress("127.0.0.1")).toBe(true);
    expect(isForbiddenAddress("::ffff:192.168.0.1")).toBe(true);
    expect(isForbiddenAddress("8.8.8.8")).toBe(false);
    expect(isForbiddenAddress("2001:4860:4860::8888")).toBe(false);
    expect(isForbiddenAddress("not-an-ip")).toBe(true);
  });
});

describe("allowed host entries", () => {
  it("are bare host names or addresses, compared in one form", () => {
    expect(parseAllowedHost(" CMS.Intern ")).toBe("cms.intern");
    expect(parseAllowedHost("127.1")).toBe("127.0.0.1");
    expect(parseAllowedHost("[::1]")).toBe("::1");
    expect(parseAllowedHost("0:0::1")).toBe("::1");
    expect(parseAllowedHost("localhost.")).toBe("localhost");
    for (const bad of ["", "http://cms", "cms:8080", "cms/hook", "*.example.com", "a b", "user@cms"])
      expect(parseAllowedHost(bad), bad).toBeNull();
  });
});
