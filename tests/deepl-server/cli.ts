// Run the local DeepL-compatible server standalone:
//   tsx tests/deepl-server/cli.ts --port 8787 [--auth-key KEY] [--character-limit 500000] [--host 127.0.0.1]
// Then point the app at it: DEEPL_SERVER_URL=http://127.0.0.1:8787 DEEPL_AUTH_KEY=KEY
import { startDeeplServer } from "./server";

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}

const port = Number(arg("port") ?? process.env.DEEPL_FAKE_PORT ?? 8787);
const authKey = arg("auth-key") ?? process.env.DEEPL_AUTH_KEY ?? undefined;
const limit = arg("character-limit");
const host = arg("host") ?? "127.0.0.1";

const server = await startDeeplServer({ port, host, authKey, characterLimit: limit ? Number(limit) : undefined });
console.log(
  `DeepL-compatible test server listening on ${server.url}${authKey ? " (auth key checked)" : " (any auth key accepted)"}`,
);
console.log(
  `control: POST ${server.url}/__control/fault | GET ${server.url}/__control/stats | GET ${server.url}/__control/requests | POST ${server.url}/__control/reset`,
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
