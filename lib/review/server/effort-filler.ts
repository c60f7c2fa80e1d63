import "server-only";
import { fillEffort, FILL_BATCH } from "./fill-effort";

// The in-process worker that keeps stored effort complete: at start (after an upgrade every existing row
// is measured once, in batches of 200 so neither the database nor the event loop is held for long) and
// every minute (imported articles). Several instances may run it: the updates are compare-and-set.
const SWEEP_MS = 60_000;
const PAUSE_MS = 20; // between batches: other requests get the connection and the event loop
const MAX_BATCHES = 50_000; // 10 million rows per run; the next sweep goes on from there

type Filler = { running: Promise<number> | null; timer: NodeJS.Timeout | null };
const g = globalThis as unknown as { duyetEffortFiller?: Filler };
const filler: Filler = (g.duyetEffortFiller ??= { running: null, timer: null });

/** Measures every row still waiting, batch by batch; joins a run in progress. Never rejects. */
export function kickEffortFiller(): Promise<number> {
  filler.running ??= (async () => {
    let total = 0;
    try {
      for (let n = await fillEffort(), batches = 1; n > 0 && batches <= MAX_BATCHES; batches++) {
        total += n;
        n = n === FILL_BATCH ? await pauseThenFill() : 0;
      }
    } catch (error) {
      console.error("[effort] filling stored effort failed", error);
    } finally {
      filler.running = null;
    }
    return total;
  })();
  return filler.running;
}

async function pauseThenFill(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  return fillEffort();
}

export function ensureEffortFiller(): void {
  if (filler.timer) return;
  filler.timer = setInterval(() => void kickEffortFiller(), SWEEP_MS);
  filler.timer.unref();
  void kickEffortFiller();
}
