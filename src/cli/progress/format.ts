import type { CollectionError } from '../../core/asset.js';
import type { ProgressState } from './state.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text made safe for a terminal or a log line: no control characters (so no ANSI), one line. */
export function clean(s: unknown): string {
  const str = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  return str.replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '?'));
}

export function num(n: number): string {
  return n.toLocaleString('en-US');
}

export function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** `aws 111122223333 us-east-1 s3 GetBucketAcl AccessDenied: message` */
export function errorLine(e: CollectionError, withMessage = true): string {
  const head = [e.provider, e.account, e.region, e.service, e.operation, e.code].map(clean).join(' ');
  const res = e.resource ? ` (${clean(e.resource)})` : '';
  return withMessage && e.message ? `${head}${res}: ${clean(e.message)}` : `${head}${res}`;
}

/** The one-line totals: accounts, regions, resources, calls, retries, errors. */
export function totalsLine(s: ProgressState): string {
  const accounts = s.accounts.total > 0 ? `${num(s.accounts.done)}/${num(s.accounts.total)}` : num(s.accounts.done);
  const parts = [
    `accounts ${accounts}`,
    `regions ${num(s.regions)}`,
    `resources ${num(s.resources)}`,
    `calls ${num(s.calls)}`,
    `retries ${num(s.retries)}`,
    `errors ${num(s.errors)}`,
  ];
  if (s.evaluated.assets > 0) parts.push(`assessed ${num(s.evaluated.assets)} assets`);
  if (s.evaluated.results > 0) parts.push(`results ${num(s.evaluated.results)}`);
  return parts.join(', ');
}
