import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { localDeeplPerFile } from "../deepl/local-deepl";
import { saveDeeplKeyAction, removeDeeplKeyAction, testDeeplConnectionAction } from "@/lib/translation/server/actions";
import { DEEPL_KEY_SETTING, loadDeeplKeyStatus } from "@/lib/translation/server/load-deepl-key";
import { loadProvider, mtConfigured } from "@/lib/translation/server/load-provider";
import { testDeeplConnection } from "@/lib/translation/server/test-deepl-connection";

// The DeepL key entered under Admin → MT settings: stored sealed, used by MT, tested through getUsage,
// and overruled by DEEPL_AUTH_KEY in the environment.
const KEY = "5f2c7a1e-0b9d-4e3c-8a6f-1d2e3f4a5b6c:fx";
const deepl = localDeeplPerFile(KEY);
const saved = { url: process.env.DEEPL_SERVER_URL, key: process.env.DEEPL_AUTH_KEY };

beforeAll(() => {
  process.env.DEEPL_SERVER_URL = deepl.server.url;
  delete process.env.DEEPL_AUTH_KEY;
});
afterAll(() => {
  if (saved.url === undefined) delete process.env.DEEPL_SERVER_URL;
  else process.env.DEEPL_SERVER_URL = saved.url;
  if (saved.key !== undefined) process.env.DEEPL_AUTH_KEY = saved.key;
});

describe("DeepL key from the UI", () => {
  it("is stored sealed: the column never holds the key; status names who set it; audited without it", async () => {
    const admin = await createActor("admin", "Mai Admin");
    expect(await mtConfigured()).toBe(false);
    expect(await saveDeeplKeyAction({ key: ` ${KEY} ` }, admin)).toMatchObject({ ok: true });
    const row = await db.setting.findUniqueOrThrow({ where: { key: DEEPL_KEY_SETTING } });
    expect(row.value).not.toContain(KEY);
    expect(row.value).not.toContain(KEY.slice(0, 8));
    expect(await loadDeeplKeyStatus()).toMatchObject({ source: "stored", stored: { setByName: "Mai Admin" } });
    expect(JSON.stringify(await loadDeeplKeyStatus())).not.toContain(KEY.slice(0, 8));
    expect(await mtConfigured()).toBe(true);
    const events = await db.auditEvent.findMany({ where: { action: "settings.deepl-key" } });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([{ change: "set" }]);
    expect(events[0]!.data).not.toContain(KEY.slice(0, 8));
  });

  it("is what MT uses, and Test connection reports DeepL's usage", async () => {
    const admin = await createActor("admin");
    await saveDeeplKeyAction({ key: KEY }, admin);
    deepl.server.configure({ characterCount: 1234, characterLimit: 500000 });
    expect(await testDeeplConnectionAction({}, admin)).toEqual({
      ok: true,
      data: { characterCount: 1234, characterLimit: 500000 },
    });
    const [out] = await (await loadProvider()).translate({ texts: ["Xin chào"], target: "de" });
    expect(out!.text).not.toBe("");
  });

  it("Test connection says MT_KEY_REJECTED for a wrong key and MT_UNREACHABLE when DeepL cannot be reached", async () => {
    const admin = await createActor("admin");
    await saveDeeplKeyAction({ key: "wrong-key:fx" }, admin);
    expect(await testDeeplConnectionAction({}, admin)).toMatchObject({ ok: false, code: "MT_KEY_REJECTED" });
    const unreachable = { ...process.env, DEEPL_SERVER_URL: "http://127.0.0.1:9" };
    await expect(testDeeplConnection(unreachable)).rejects.toMatchObject({ code: "MT_UNREACHABLE" });
  });

  it("DEEPL_AUTH_KEY in the environment wins over a stored key", async () => {
    const admin = await createActor("admin");
    await saveDeeplKeyAction({ key: "wrong-key:fx" }, admin);
    const env = { ...process.env, DEEPL_AUTH_KEY: KEY };
    expect(await loadDeeplKeyStatus(env)).toMatchObject({ source: "env", stored: { setByName: admin.name } });
    await expect(testDeeplConnection(env)).resolves.toMatchObject({ characterLimit: expect.any(Number) });
  });

  it("is removed (audited), after which MT is not set up; only admins may touch it; bad input is refused", async () => {
    const admin = await createActor("admin");
    await saveDeeplKeyAction({ key: KEY }, admin);
    expect(await removeDeeplKeyAction({}, admin)).toEqual({ ok: true, data: { removed: true } });
    expect(await mtConfigured()).toBe(false);
    await expect(loadProvider()).rejects.toMatchObject({ code: "MT_NOT_CONFIGURED" });
    expect(await testDeeplConnectionAction({}, admin)).toMatchObject({ ok: false, code: "MT_NOT_CONFIGURED" });
    const publisher = await createActor("publisher");
    expect(await saveDeeplKeyAction({ key: KEY }, publisher)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveDeeplKeyAction({ key: "two words" }, admin)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db.setting.count({ where: { key: DEEPL_KEY_SETTING } })).toBe(0);
  });
});
