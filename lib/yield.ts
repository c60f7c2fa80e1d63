import { performance } from "node:perf_hooks";

/**
 * Lets timers and I/O callbacks — other users' requests — run before the next slice of a long job.
 * Awaiting a promise alone does not: microtasks run before any of them.
 */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * For background work on the main thread (the writes of a big import): after each slice, rest in
 * proportion to the time the event loop was busy during it (waiting for the database does not count),
 * so the loop stays at most about `share` busy and people's requests queue behind no more than one
 * slice. Returns the function to await between slices.
 */
export function pacer(share = 0.5): () => Promise<void> {
  let mark = performance.eventLoopUtilization();
  return async () => {
    const busy = performance.eventLoopUtilization(mark).active;
    const rest = (busy * (1 - share)) / share;
    if (rest >= 1) await new Promise((resolve) => setTimeout(resolve, rest));
    else await yieldToOthers();
    mark = performance.eventLoopUtilization();
  };
}
