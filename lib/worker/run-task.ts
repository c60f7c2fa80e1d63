// Parsing, segmentation and quality checks of a big upload take hundreds of milliseconds of pure CPU;
// on the main thread that time is taken from every other request. Big inputs therefore run in a worker
// thread (the second core), small ones inline (a worker costs more to start than they take to parse).
// Memory stays bounded: at most MAX_WORKERS at a time, each with its own heap limit and a deadline,
// and rows reach the main thread a slice at a time, as the caller writes them.
import "server-only";
import { startInWorker, type WorkerRun } from "./spawn";
import { TASKS, type TaskInput, type TaskName, type TaskResult } from "./tasks";

export const WORKER_THRESHOLD_BYTES = 64 * 1024;
const MAX_WORKERS = 2;
const INLINE_SLICE = 200;

type ItemOf<R> = R extends { items: (infer T)[] } ? T : never;
export type SlicedRun<R> = { head: Omit<R, "items">; slices: AsyncIterable<ItemOf<R>[]>; close(): void };

/**
 * Runs a task whose result has `items`: the rest of the result at once, the items as slices to
 * iterate while writing them. `size` (characters or bytes of input) decides inline or worker.
 * The caller must call close() when done (in finally), also when it stops early.
 */
export async function runSlicedTask<N extends TaskName>(
  task: N,
  args: TaskInput<N>,
  size: number,
): Promise<SlicedRun<TaskResult<N>>> {
  type R = TaskResult<N>;
  if (size < WORKER_THRESHOLD_BYTES) {
    const { items, ...head } = runInline(task, args) as R & { items: ItemOf<R>[] };
    return { head: head as Omit<R, "items">, slices: inlineSlices(items), close: () => undefined };
  }
  const release = await slots.acquire();
  let run: WorkerRun;
  try {
    run = startInWorker(task, args);
    const head = (await run.head).result as Omit<R, "items">;
    return {
      head,
      slices: workerSlices<ItemOf<R>>(run),
      close: () => {
        run.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Runs a task and returns its whole result. */
export async function runTask<N extends TaskName>(task: N, args: TaskInput<N>, size: number): Promise<TaskResult<N>> {
  if (size < WORKER_THRESHOLD_BYTES) return runInline(task, args) as TaskResult<N>;
  const release = await slots.acquire();
  const run = startInWorker(task, args);
  try {
    const { result, sliced } = await run.head;
    if (!sliced) return result as TaskResult<N>;
    const items: unknown[] = [];
    for (let slice = await run.next(); slice; slice = await run.next()) items.push(...slice);
    return { ...(result as object), items } as TaskResult<N>;
  } finally {
    run.close();
    release();
  }
}

function runInline(task: TaskName, args: unknown[]): unknown {
  return (TASKS[task] as unknown as (...a: unknown[]) => unknown)(...args);
}

async function* inlineSlices<T>(items: T[]): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += INLINE_SLICE) yield items.slice(i, i + INLINE_SLICE);
}

async function* workerSlices<T>(run: WorkerRun): AsyncGenerator<T[]> {
  for (let slice = await run.next(); slice; slice = await run.next()) yield slice as T[];
}

/** A counting semaphore: concurrent big uploads beyond MAX_WORKERS wait for a free slot. */
const slots = (() => {
  let free = MAX_WORKERS;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free += 1;
  };
  return {
    acquire(): Promise<() => void> {
      if (free > 0) {
        free -= 1;
        return Promise.resolve(release);
      }
      return new Promise((resolve) => waiting.push(() => resolve(release)));
    },
  };
})();
