// The main-thread side of one worker thread running one task (lib/worker/entry.ts): the task's result
// without its rows first, then its rows a slice per `next()` — asked for only when the caller is ready
// for them, so rows never pile up in this thread's memory and each slice is decoded in its own turn.
import "server-only";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { TaskName } from "./tasks";
import { packArgs } from "./transfer";

const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };
/** A pathological file must not keep a core busy forever. */
const DEADLINE_MS = 120_000;

type Message =
  | { type: "result"; result: unknown; sliced?: boolean }
  | { type: "items"; items: unknown[] }
  | { type: "done" }
  | { type: "error"; code?: ErrorCode; params?: Record<string, string | number>; message?: string };
/** `head`: the result, without its items when they come as slices (`sliced`). */
export type WorkerRun = {
  head: Promise<{ result: unknown; sliced: boolean }>;
  next(): Promise<unknown[] | null>;
  close(): void;
};

function spawn(): Worker {
  const options = { resourceLimits: RESOURCE_LIMITS };
  // Inside Next (dev and build) the bundler compiles the entry and its imports into a chunk of its own.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./entry.ts", import.meta.url), options);
  // Run from source (vitest, tsx scripts): the entry is TypeScript, loaded through tsx.
  const entry = import.meta.url.replace(/[^/]+$/, "entry.ts");
  const boot = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(boot, { ...options, eval: true });
}

export function startInWorker(task: TaskName, args: unknown[]): WorkerRun {
  const worker = spawn();
  let failure: Error | null = null;
  let closed = false;
  let head!: { resolve: (v: { result: unknown; sliced: boolean }) => void; reject: (e: Error) => void };
  const headPromise = new Promise<{ result: unknown; sliced: boolean }>((resolve, reject) => {
    head = { resolve, reject };
  });
  headPromise.catch(() => undefined); // observed through `head`; never an unhandled rejection
  let waiting: { resolve: (v: unknown[] | null) => void; reject: (e: Error) => void } | null = null;

  const fail = (error: Error) => {
    if (failure || closed) return;
    failure = error;
    head.reject(error);
    waiting?.reject(error);
    close();
  };
  const deadline = setTimeout(() => fail(new AppError("IMPORT_TOO_COMPLEX")), DEADLINE_MS);
  function close() {
    closed = true;
    clearTimeout(deadline);
    void worker.terminate();
  }

  worker.on("message", (m: Message) => {
    if (m.type === "result") {
      clearTimeout(deadline);
      head.resolve({ result: m.result, sliced: m.sliced === true });
    } else if (m.type === "items" || m.type === "done") {
      const w = waiting;
      waiting = null;
      w?.resolve(m.type === "items" ? m.items : null);
    } else fail(m.code ? new AppError(m.code, m.params) : new Error(m.message));
  });
  worker.on("error", (error: Error & { code?: string }) =>
    fail(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new AppError("IMPORT_TOO_COMPLEX") : error),
  );
  worker.on("exit", (code) => fail(new Error(`import worker exited with code ${code}`)));
  packArgs(args).then((packed) => {
    if (!closed) worker.postMessage({ task, args: packed.args }, packed.transfer);
  }, fail);

  return {
    head: headPromise,
    next: () => {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        worker.postMessage("next");
      });
    },
    close,
  };
}
