/**
 * Progress as a live display on a terminal (stderr): redrawn in place at most every `intervalMs`
 * (default 100 ms, so about 10 times a second) with accounts done/total, regions, running collectors,
 * resources, API calls, retries, errors and the last few errors. `log` prints above the display.
 */
import { createLogUpdate } from 'log-update';
import pc from 'picocolors';
import { apply, newState, type ProgressState } from './state.js';
import { clean, elapsed, errorLine, num } from './format.js';
import type { ProgressEvent, ProgressSink } from './types.js';

export interface LiveProgressOptions {
  /** Minimum time between redraws (default 100 ms). */
  intervalMs?: number;
  /** Colors (default: on unless NO_COLOR is set). */
  color?: boolean;
  /** Clock (ms), for tests. */
  now?: () => number;
  /** Running collectors shown (default 6). */
  maxActive?: number;
  /** Recent errors shown (default 5). */
  maxErrors?: number;
  /** Leave the cursor visible (default false: hidden while the display runs). */
  showCursor?: boolean;
}

type TtyStream = NodeJS.WritableStream & { columns?: number; rows?: number };

export class LiveProgress implements ProgressSink {
  readonly state: ProgressState;
  private readonly render: ReturnType<typeof createLogUpdate>;
  private readonly now: () => number;
  private readonly interval: number;
  private readonly c: ReturnType<typeof pc.createColors>;
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private finished = false;
  /** Frames written (for tests and diagnostics). */
  draws = 0;

  constructor(
    private readonly out: TtyStream,
    private readonly opts: LiveProgressOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.interval = opts.intervalMs ?? 100;
    this.state = newState(this.now());
    this.c = pc.createColors(opts.color ?? !process.env.NO_COLOR);
    this.render = createLogUpdate(out, { showCursor: opts.showCursor ?? false });
  }

  update(e: ProgressEvent): void {
    if (this.finished) return;
    apply(this.state, e, this.now(), this.opts.maxErrors ?? 5);
    this.schedule();
  }

  log(line: string): void {
    if (this.finished) {
      this.out.write(`${clean(line)}\n`);
      return;
    }
    this.render.clear();
    this.out.write(`${clean(line)}\n`);
    this.draw();
  }

  done(): void {
    if (this.finished) return;
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = this.ticker = undefined;
    this.draw(true);
    this.render.done();
    this.finished = true;
  }

  private schedule(): void {
    // Elapsed time moves even when no events come.
    if (!this.ticker) {
      this.ticker = setInterval(() => this.draw(), 1000);
      this.ticker.unref?.();
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastDraw + this.interval - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, wait);
    this.timer.unref?.();
  }

  private draw(final = false): void {
    this.lastDraw = this.now();
    this.draws++;
    this.render(this.frame(final));
  }

  /** The display's text. */
  frame(final = false): string {
    const s = this.state;
    const { c } = this;
    const width = Math.max(40, (this.out.columns ?? 100) - 1);
    const fit = (text: string) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
    const took = elapsed(this.now() - s.startedAt);
    const what = [s.provider ? clean(s.provider) : undefined, s.phase ? clean(s.phase) : undefined, s.phaseDetail ? clean(s.phaseDetail) : undefined].filter(Boolean).join(' · ');
    const lines: string[] = [];
    const title = final ? 'Parapet scan finished' : 'Parapet scanning';
    const head = fit(`${title}${what ? ` ${what}` : ''} ${took}`);
    lines.push(head.startsWith(title) ? `${c.bold(title)}${head.slice(title.length)}` : head);

    const accounts = s.accounts.total > 0 ? `${num(s.accounts.done)}/${num(s.accounts.total)}` : num(s.accounts.done);
    const stats: Array<[string, string, ((t: string) => string)?]> = [
      ['accounts', accounts],
      ['regions', num(s.regions)],
      ['resources', num(s.resources)],
      ['calls', num(s.calls)],
      ['retries', num(s.retries), s.retries > 0 ? c.yellow : undefined],
      ['errors', num(s.errors), s.errors > 0 ? c.red : undefined],
      ...(s.evaluated.assets > 0 ? [['assessed', num(s.evaluated.assets)] as [string, string]] : []),
      ...(s.evaluated.results > 0 ? [['results', num(s.evaluated.results)] as [string, string]] : []),
    ];
    // Counters, wrapped onto more lines when the terminal is narrow (measured without colors).
    let line = '';
    let visible = 0;
    for (const [label, value, color] of stats) {
      const plain = `${label} ${value}`;
      if (visible > 0 && visible + 2 + plain.length > width) {
        lines.push(line);
        line = '';
        visible = 0;
      }
      line += `  ${c.dim(label)} ${color ? color(value) : value}`;
      visible += 2 + plain.length;
    }
    if (line) lines.push(line);

    if (!final && s.active.size > 0) {
      const max = this.opts.maxActive ?? 6;
      const oldest = [...s.active.values()].sort((a, b) => a.since - b.since).slice(0, max);
      lines.push(`  ${c.dim(`running (${num(s.active.size)}):`)}`);
      const t = this.now();
      for (const a of oldest) lines.push(c.cyan(fit(`    ${clean(a.collector)} ${clean(a.account)} ${clean(a.region)} ${elapsed(t - a.since)}`)));
      if (s.active.size > oldest.length) lines.push(`    ${c.dim(`+${num(s.active.size - oldest.length)} more`)}`);
    }

    if (s.recentErrors.length > 0) {
      lines.push(`  ${c.dim(s.errors > s.recentErrors.length ? `last ${s.recentErrors.length} errors:` : 'errors:')}`);
      for (const e of s.recentErrors) lines.push(c.red(fit(`    ${errorLine(e)}`)));
    }
    return lines.join('\n');
  }
}
