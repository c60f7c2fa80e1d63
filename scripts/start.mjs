// `npm start`: everything a fresh clone needs to serve the app on http://localhost:3000 —
// generate the Prisma clients, create/migrate the SQLite database, load the demo newsroom on first
// start, build when the sources changed since the last build, then `next start`.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
const capture = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: "utf8" });
  } catch {
    return "";
  }
};

// A stable secret per clone, kept out of git (.env.local is ignored); Next loads it at start.
if (!process.env.BETTER_AUTH_SECRET && !fs.existsSync(".env.local")) {
  fs.writeFileSync(".env.local", `BETTER_AUTH_SECRET=${crypto.randomBytes(32).toString("hex")}\n`);
  console.log("start: wrote .env.local with a new BETTER_AUTH_SECRET");
}
const local = fs.existsSync(".env.local")
  ? Object.fromEntries(
      fs
        .readFileSync(".env.local", "utf8")
        .split("\n")
        .map((l) => l.match(/^([A-Z_]+)=(.*)$/))
        .filter(Boolean)
        .map((m) => [m[1], m[2]]),
    )
  : {};
const env = { DATABASE_URL: "file:./prisma/dev.db", NEXT_TELEMETRY_DISABLED: "1", ...local, ...process.env };

run(process.execPath, ["scripts/prisma-generate.mjs"]);
run(process.execPath, ["scripts/db-migrate.mjs", "deploy"], env);
run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts"], env);

const stamp = crypto
  .createHash("sha256")
  .update(
    capture("git", ["rev-parse", "HEAD"]) +
      capture("git", [
        "status",
        "--porcelain",
        "--",
        "app",
        "components",
        "lib",
        "next.config.js",
        "package-lock.json",
      ]),
  )
  .digest("hex");
const stampFile = ".next/duyet-build-stamp";
if (
  !fs.existsSync(".next/BUILD_ID") ||
  !fs.existsSync(stampFile) ||
  fs.readFileSync(stampFile, "utf8") !== stamp ||
  process.argv.includes("--build")
) {
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
  fs.writeFileSync(stampFile, stamp);
}
const port = process.env.PORT ?? "3000";
console.log(`start: Duyệt on http://localhost:${port} — demo users are listed in README.md`);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
