import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a scanning thread's V8 heap near a target size.
 *
 * A scan allocates fast (every API response is parsed, normalized, hashed and written) and keeps little:
 * assets stream into the store in batches. V8 sizes its heap from how fast it can collect, not from how
 * much is live, and lets it grow to several times the live data before a full collection: at 50,000
 * resources a scan keeping 140-190 MB live held about 650 MB of heap. A hard cap (`--max-old-space-size`) bounds it
 * but turns an estate that really needs more into a crash. The governor instead collects fully whenever the
 * used heap passes the target, and when the live data itself outgrows the target, the target follows it
 * (1.3 x what survived), so a larger estate costs more collections and memory, never an out-of-memory exit.
 *
 * The target is `PARAPET_HEAP_TARGET_MB` when set (0 turns the governor off), else the caller's default.
 * Starting it again while it runs only counts a user; it stops when the last one does.
 */
const MB = 1024 * 1024;
/** Headroom over the live data before the next collection: lower holds less garbage and collects more often. */
const GROWTH = 1.3;

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed for this process (or null when the runtime refuses the flag). */
function fullCollection(): (() => void) | null {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      try {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
      } catch {
        collect = null;
      }
    }
  }
  return collect;
}

export interface HeapGovernorStats {
  /** Full collections the governor asked for. */
  collections: number;
  /** Milliseconds they took. */
  collectMs: number;
  /** The target now (MB): the configured one, or 1.3 x the live data when that is larger. */
  targetMb: number;
}

let users = 0;
let timer: NodeJS.Timeout | undefined;
/** What the last collection learnt (1.3 x the live data), kept across runs so a process whose live data is
 * large (a test runner, a server) does not pay a full collection at every scan's start. */
let learnt = 0;
const stats: HeapGovernorStats = { collections: 0, collectMs: 0, targetMb: 0 };

/** The target in MB: `PARAPET_HEAP_TARGET_MB` when it is a number (0: off), else `fallbackMb`. */
export function heapTargetMb(fallbackMb: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PARAPET_HEAP_TARGET_MB;
  if (raw === undefined || raw.trim() === '') return fallbackMb;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : fallbackMb;
}

/**
 * Starts governing this thread's heap at `targetMb` (checked every `everyMs`); returns the function that
 * stops it. A target of 0, or a runtime without a callable collector, makes it do nothing.
 */
export function governHeap(targetMb: number, everyMs = 100): () => void {
  const gc = targetMb > 0 ? fullCollection() : null;
  if (!gc) return () => undefined;
  users++;
  if (users === 1) {
    const floor = targetMb * MB;
    stats.targetMb = Math.round(Math.max(floor, learnt) / MB);
    timer = setInterval(() => {
      if (getHeapStatistics().used_heap_size < Math.max(floor, learnt)) return;
      const t0 = performance.now();
      gc();
      stats.collectMs += performance.now() - t0;
      stats.collections++;
      learnt = getHeapStatistics().used_heap_size * GROWTH;
      stats.targetMb = Math.round(Math.max(floor, learnt) / MB);
    }, everyMs);
    timer.unref();
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    users--;
    if (users === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function heapGovernorStats(): HeapGovernorStats {
  return { ...stats, collectMs: Math.round(stats.collectMs) };
}
