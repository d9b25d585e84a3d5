import type { EngineEvent } from '../engine/scan.js';

/** Turns engine events into progress on stderr. */
export function engineProgress(stream: NodeJS.WriteStream): { event: (e: EngineEvent) => void; done: () => void } {
  return {
    event: (e) => {
      if (e.type === 'error') stream.write(`error: ${e.error.provider} ${e.error.account} ${e.error.region} ${e.error.service} ${e.error.operation} ${e.error.code}: ${e.error.message}\n`);
    },
    done: () => undefined,
  };
}
