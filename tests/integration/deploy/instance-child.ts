// A second app instance on the same database: a process of its own with its own Prisma client, runners
// and webhook worker. It waits for "go" on stdin so that both instances act at the same moment.
import { createInterface } from "node:readline";
import { db } from "@/lib/db";
import { act, type InstanceJob } from "./instance-work";

const job = JSON.parse(process.argv[2]!) as InstanceJob;
const lines = createInterface({ input: process.stdin });
await db.$queryRaw`SELECT 1`; // connected before "ready": both instances start from the same line
process.stdout.write("ready\n");
for await (const line of lines) {
  if (line !== "go") continue;
  const result = await act(job);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  break;
}
lines.close();
await db.$disconnect();
process.exit(0);
