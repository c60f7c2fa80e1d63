// The local DeepL server's control API (fault injection, stats, reset), over plain HTTP.
import { describe, expect, it } from "vitest";
import { form, setUpDeeplServer } from "./server-setup";

const { deepl, post } = setUpDeeplServer();

describe("local DeepL server: control API over HTTP", () => {
  it("injects faults after N requests, reports stats and requests, resets", async () => {
    const ctl = (path: string, body?: unknown) =>
      fetch(deepl.server.url + path, {
        method: body === undefined ? "GET" : "POST",
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { "content-type": "application/json" },
      }).then((r) => r.json());
    await ctl("/__control/fault", { status: 503, count: 2, afterRequests: 1 });
    const req = () =>
      post(
        "/v2/translate",
        form([
          ["text", "a"],
          ["target_lang", "DE"],
        ]),
      );
    expect((await req()).status).toBe(200);
    expect((await req()).status).toBe(503);
    expect((await req()).status).toBe(503);
    expect((await req()).status).toBe(200);
    const stats = await ctl("/__control/stats");
    expect(stats).toMatchObject({ requests: 4, faultsInjected: 2, translateSucceeded: 2 });
    const requests = await ctl("/__control/requests");
    expect(requests.map((r: { status: number }) => r.status)).toEqual([200, 503, 503, 200]);
    await ctl("/__control/reset", {});
    expect(await ctl("/__control/stats")).toMatchObject({ requests: 0, billedCharacters: 0 });
  });

  it("drops the connection on demand", async () => {
    deepl.server.setFault({ status: "drop" });
    await expect(
      post(
        "/v2/translate",
        form([
          ["text", "a"],
          ["target_lang", "DE"],
        ]),
      ),
    ).rejects.toThrow();
    expect(deepl.server.requests()[0]!.status).toBe("dropped");
  });
});
