/**
 * A scanning thread of the parallel driver (parallel.ts). It is handed accounts one at a time and runs the
 * same per-account scan as the inline driver, with its own clients, limiter and call gate (accounts never
 * share rate-limit buckets). Everything meant for the sink goes to the driver over the port; the store lives
 * in the driver's thread only. Asset batches wait for the driver's acknowledgement once
 * `maxUnackedBatches` are outstanding, so a slow store holds the collectors back instead of filling memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AwsCollector } from '../collector.js';
import { awsCollectors } from '../services/index.js';
import { shared } from './credentials.js';
import { callsTicker, createAccountScanner } from './discover.js';
import { governHeap, heapTargetMb } from '../../../runtime/heap-governor.js';
import { WorkerLink } from './worker-link.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

if (!parentPort) throw new Error('worker.ts runs as a worker thread of the parallel scan driver');
const port = parentPort;
const WORKER_HEAP_TARGET_MB = 96;
const init = workerData as WorkerInit;
const post = (m: FromWorker) => port.postMessage(m);

async function collectorsOf(init: WorkerInit): Promise<AwsCollector[]> {
  const extra: AwsCollector[] = init.collectorModule ? ((await import(init.collectorModule)) as { collectors: AwsCollector[] }).collectors : [];
  return init.collectorIds.map((id) => {
    const c = extra.find((x) => x.id === id) ?? awsCollectors.find((x) => x.id === id);
    if (!c) throw new Error(`unknown collector ${id}`);
    return c;
  });
}

const link = new WorkerLink(post, init.maxUnackedBatches);
// A worker only collects and forwards batches: what it keeps live is small (see heap-governor.ts).
const stopGoverning = governHeap(heapTargetMb(WORKER_HEAP_TARGET_MB));

const controller = new AbortController();
const scanner = createAccountScanner({
  home: init.home,
  partition: init.partition,
  callerAccount: init.callerAccount,
  base: shared(link.credentials),
  endpoint: init.endpoint,
  memberRole: init.memberRole,
  regions: init.regions,
  collectors: await collectorsOf(init),
  retry: init.retry,
  requestTimeoutMs: init.requestTimeoutMs,
  signal: controller.signal,
  sink: link.sink,
});

// The calls event goes with the running totals, so a worker that dies still has its calls counted.
const stopTicker = callsTicker(scanner.stats, (event) => post({ t: 'tick', event, stats: scanner.stats }));

let active = 0;
let finishing = false;
let finished = false;
const maybeFinish = () => {
  if (!finishing || active > 0 || finished) return;
  finished = true;
  stopTicker();
  stopGoverning();
  post({ t: 'done', stats: scanner.stats });
  port.close();
};

port.on('message', (m: ToWorker) => {
  if (link.receive(m)) return;
  switch (m.t) {
    case 'account':
      active++;
      scanner
        .scanAccount(m.account)
        .catch((e: unknown) => post({ t: 'account-failed', account: m.account, message: e instanceof Error ? e.message : String(e) }))
        .finally(() => {
          active--;
          maybeFinish();
        });
      break;
    case 'finish':
      finishing = true;
      maybeFinish();
      break;
    case 'abort':
      controller.abort();
      break;
  }
});
