/**
 * Progress for long scans. `createProgress(process.stderr)` picks a live display on a terminal and a
 * plain timestamped log otherwise. Progress goes to stderr; stdout carries reports.
 */
import { LiveProgress, type LiveProgressOptions } from './live.js';
import { PlainProgress, type PlainProgressOptions } from './plain.js';
import type { ProgressSink } from './types.js';

export type { CollectorScope, ProgressEvent, ProgressSink } from './types.js';
export { LiveProgress, type LiveProgressOptions } from './live.js';
export { PlainProgress, type PlainProgressOptions } from './plain.js';
export { errorLine, totalsLine } from './format.js';
export { engineEvents } from './engine.js';
export type { ProgressState } from './state.js';

/** Does nothing (`--quiet`). */
export const silentProgress: ProgressSink = { update() {}, log() {}, done() {} };

export interface CreateProgressOptions extends PlainProgressOptions, LiveProgressOptions {
  /** No progress at all. */
  quiet?: boolean;
  /** Force the plain log even on a terminal. */
  plain?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Whether `stream` can host a live display: a TTY that is not a dumb terminal, outside CI. */
export function isLiveCapable(stream: NodeJS.WritableStream & { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb' && !env.CI;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr, opts: CreateProgressOptions = {}): ProgressSink {
  if (opts.quiet) return silentProgress;
  const env = opts.env ?? process.env;
  if (!opts.plain && isLiveCapable(stream, env)) return new LiveProgress(stream, { ...opts, color: opts.color ?? !env.NO_COLOR });
  return new PlainProgress(stream, opts);
}
