/** Small text helpers shared by the human-readable formats. */

// C0 and C1 control characters (ESC included) and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from the cloud (names, tags, error messages) made safe for a terminal: control characters, ESC
 * sequences included, cannot reach it. Newlines and tabs become spaces.
 */
export function clean(s: unknown): string {
  const str = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  return str.replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '?'));
}

/** `12,345` */
export function num(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1h 02m`, `3m 04s`, `12.3s` */
export function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(sec).padStart(2, '0')}s`;
}

/** Shortens to `max` characters with an ellipsis. */
export function cut(s: string, max: number): string {
  if (max <= 0) return '';
  return s.length <= max ? s : max === 1 ? '…' : `${s.slice(0, max - 1)}…`;
}

/** Whether colors should be used on `stream`: a TTY, and NO_COLOR unset or empty (https://no-color.org). */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
