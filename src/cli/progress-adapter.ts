import type { EngineEvent } from '../engine/scan.js';
import { createProgress, engineEvents } from './progress/index.js';

/** Progress on stderr for a scan: a live display on a terminal, plain log lines elsewhere. */
export function engineProgress(stream: NodeJS.WriteStream): { event: (e: EngineEvent) => void; done: () => void } {
  const sink = createProgress(stream);
  return { event: engineEvents(sink), done: () => sink.done() };
}
