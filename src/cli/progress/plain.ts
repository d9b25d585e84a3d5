/**
 * Progress as a log: one timestamped line per notable event, no ANSI, for stderr that is not a terminal
 * (CI logs, files). Routine events (collector starts, each API call, each retry) are folded into a
 * status line at most every `statusEveryMs`; errors are always logged, one line each.
 */
import { apply, newState, type ProgressState } from './state.js';
import { clean, elapsed, errorLine, num, totalsLine } from './format.js';
import type { ProgressEvent, ProgressSink } from './types.js';

export interface PlainProgressOptions {
  /** Clock (ms), for tests. */
  now?: () => number;
  /** Also log collector starts and finishes and every retry. */
  verbose?: boolean;
  /** Status line interval (default 15 s). */
  statusEveryMs?: number;
}

export class PlainProgress implements ProgressSink {
  readonly state: ProgressState;
  private readonly now: () => number;
  private lastStatus: number;
  private finished = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly opts: PlainProgressOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.state = newState(this.now());
    this.lastStatus = this.state.startedAt;
  }

  update(e: ProgressEvent): void {
    if (this.finished) return;
    const t = this.now();
    apply(this.state, e, t);
    const line = this.describe(e);
    if (line !== undefined) this.write(line);
    if (t - this.lastStatus >= (this.opts.statusEveryMs ?? 15_000)) {
      this.lastStatus = t;
      this.write(`progress: ${totalsLine(this.state)}, active collectors ${num(this.state.active.size)}`);
    }
  }

  log(line: string): void {
    if (!this.finished) this.write(line);
  }

  done(): void {
    if (this.finished) return;
    this.write(`done in ${elapsed(this.now() - this.state.startedAt)}: ${totalsLine(this.state)}`);
    this.finished = true;
  }

  private describe(e: ProgressEvent): string | undefined {
    const verbose = this.opts.verbose ?? false;
    switch (e.type) {
      case 'plan':
        return `scan ${clean(e.provider)}: ${num(e.accounts)} account(s), ${num(e.regions)} region(s)`;
      case 'phase':
        return `phase ${clean(e.phase)}${e.detail ? `: ${clean(e.detail)}` : ''}`;
      case 'account-start':
        return `account ${clean(e.provider)} ${clean(e.account)} started${e.regions !== undefined ? ` (${num(e.regions)} regions)` : ''}`;
      case 'account-done':
        return `account ${clean(e.provider)} ${clean(e.account)} done (${num(this.state.accounts.done)}/${num(this.state.accounts.total)}); ${totalsLine(this.state)}`;
      case 'collector-start':
        return verbose ? `collector ${clean(e.collector)} started: ${clean(e.account)} ${clean(e.region)}` : undefined;
      case 'collector-done':
        return verbose || !e.ok
          ? `collector ${clean(e.collector)} ${e.ok ? 'done' : 'incomplete'}: ${clean(e.account)} ${clean(e.region)}, ${num(e.resources)} resources`
          : undefined;
      case 'retry':
        return verbose
          ? `retry ${[e.provider, e.account, e.region, e.service, e.operation, e.code].map(clean).join(' ')} attempt ${e.attempt}${e.delayMs !== undefined ? ` after ${e.delayMs} ms` : ''}`
          : undefined;
      case 'error':
        return `error ${errorLine(e.error)}`;
      default:
        return undefined;
    }
  }

  private write(line: string): void {
    this.out.write(`${new Date(this.now()).toISOString()} ${clean(line)}\n`);
  }
}
