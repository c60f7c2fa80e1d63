// Worker-thread side of run-task.ts: runs one task and posts its result back. An `items` array is
// handed over a slice per request from the main thread ("next"), so the main thread decodes a few
// hundred rows per turn of its event loop instead of all of them at once.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { isAppError } from "@/lib/errors";
import { TASKS, type TaskName } from "./tasks";
import { unpackArgs } from "./transfer";

const SLICE = 200;

// Imports are background work: on Linux the nice value belongs to the calling thread, so this lowers
// the priority of this worker only — the server's own thread keeps serving people first.
if (process.platform === "linux") {
  try {
    os.setPriority(19);
  } catch {
    /* not allowed: run at normal priority */
  }
}

parentPort?.once("message", (message: { task: TaskName; args: unknown[] }) => {
  const port = parentPort!;
  let result: unknown;
  try {
    result = (TASKS[message.task] as (...args: unknown[]) => unknown)(...unpackArgs(message.args));
  } catch (error) {
    port.postMessage(
      isAppError(error)
        ? { type: "error", code: error.code, params: error.params }
        : { type: "error", message: error instanceof Error ? error.message : String(error) },
    );
    return;
  }
  if (!hasItems(result)) {
    port.postMessage({ type: "result", result });
    port.postMessage({ type: "done" });
    return;
  }
  const { items, ...head } = result;
  port.postMessage({ type: "result", result: head, sliced: true });
  let next = 0;
  port.on("message", () => {
    if (next >= items.length) port.postMessage({ type: "done" });
    else port.postMessage({ type: "items", items: items.slice(next, (next += SLICE)) });
  });
});

function hasItems(value: unknown): value is { items: unknown[] } & Record<string, unknown> {
  return typeof value === "object" && value !== null && Array.isArray((value as { items?: unknown }).items);
}
