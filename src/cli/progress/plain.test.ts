import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CollectionError } from '../../core/asset.js';
import { createProgress, LiveProgress, PlainProgress, silentProgress, type ProgressEvent } from './index.js';

class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
  lines(): string[] {
    return this.text.split('\n').filter(Boolean);
  }
}

// eslint-disable-next-line no-control-regex
const ANSI_OR_CONTROL = /[\u001b\u009b\u0007]/;
const TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /;

const err = (over: Partial<CollectionError> = {}): CollectionError => ({
  provider: 'aws',
  account: '111122223333',
  region: 'us-east-1',
  service: 's3',
  operation: 'GetBucketAcl',
  code: 'AccessDenied',
  message: 'User is not authorized',
  ...over,
});

const scope = { provider: 'aws', account: '111122223333', region: 'us-east-1', service: 's3', collector: 'aws.s3.buckets' };

function scan(): ProgressEvent[] {
  return [
    { type: 'plan', provider: 'aws', accounts: 2, regions: 3 },
    { type: 'phase', phase: 'discover' },
    { type: 'account-start', provider: 'aws', account: '111122223333', regions: 3 },
    { type: 'collector-start', ...scope },
    { type: 'calls', count: 5 },
    { type: 'resources', count: 12 },
    { type: 'retry', provider: 'aws', account: '111122223333', region: 'us-east-1', service: 's3', operation: 'ListBuckets', code: 'SlowDown', attempt: 1, delayMs: 200 },
    { type: 'error', error: err({ message: 'denied \u001b[31mred\u001b[0m\nsecond line' }) },
    { type: 'collector-done', ...scope, resources: 12, ok: true },
    { type: 'account-done', provider: 'aws', account: '111122223333' },
  ];
}

describe('plain progress', () => {
  it('writes timestamped lines without ANSI codes, errors one per line', () => {
    const out = new Capture();
    let t = Date.parse('2026-11-29T10:00:00.000Z');
    const p = new PlainProgress(out, { now: () => (t += 10) });
    for (const e of scan()) p.update(e);
    p.log('note: \u001b[1mbold\u001b[0m');
    p.done();
    expect(out.text).not.toMatch(ANSI_OR_CONTROL);
    const lines = out.lines();
    for (const l of lines) expect(l).toMatch(TS);
    expect(lines.some((l) => l.includes('scan aws: 2 account(s), 3 region(s)'))).toBe(true);
    expect(lines.some((l) => l.includes('account aws 111122223333 started (3 regions)'))).toBe(true);
    const errors = lines.filter((l) => l.includes(' error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('error aws 111122223333 us-east-1 s3 GetBucketAcl AccessDenied: denied ?[31mred?[0m second line');
    expect(lines.some((l) => l.includes('account aws 111122223333 done (1/2)'))).toBe(true);
    expect(lines.at(-1)).toMatch(/done in \d\d:\d\d: accounts 1\/2, regions 3, resources 12, calls 5, retries 1, errors 1$/);
  });

  it('keeps routine events out unless verbose', () => {
    const quiet = new Capture();
    const p = new PlainProgress(quiet);
    for (const e of scan()) p.update(e);
    expect(quiet.text).not.toContain('collector aws.s3.buckets');
    expect(quiet.text).not.toContain('retry ');

    const loud = new Capture();
    const v = new PlainProgress(loud, { verbose: true });
    for (const e of scan()) v.update(e);
    expect(loud.text).toContain('collector aws.s3.buckets started: 111122223333 us-east-1');
    expect(loud.text).toContain('collector aws.s3.buckets done: 111122223333 us-east-1, 12 resources');
    expect(loud.text).toContain('retry aws 111122223333 us-east-1 s3 ListBuckets SlowDown attempt 1 after 200 ms');
    expect(loud.text).not.toMatch(ANSI_OR_CONTROL);
  });

  it('always logs incomplete collectors', () => {
    const out = new Capture();
    const p = new PlainProgress(out);
    p.update({ type: 'collector-done', ...scope, resources: 0, ok: false });
    expect(out.text).toContain('collector aws.s3.buckets incomplete: 111122223333 us-east-1, 0 resources');
  });

  it('writes a status line at most every interval', () => {
    const out = new Capture();
    let t = 0;
    const p = new PlainProgress(out, { now: () => t, statusEveryMs: 1000 });
    for (let i = 0; i < 100; i++) {
      t += 50;
      p.update({ type: 'calls', count: 1 });
    }
    const status = out.lines().filter((l) => l.includes('progress: '));
    expect(status).toHaveLength(5);
    expect(status.at(-1)).toContain('calls 100');
  });

  it('writes nothing after done', () => {
    const out = new Capture();
    const p = new PlainProgress(out);
    p.done();
    const before = out.text;
    p.update({ type: 'error', error: err() });
    p.log('late');
    p.done();
    expect(out.text).toBe(before);
  });
});

describe('createProgress', () => {
  it('picks the plain log when the stream is not a terminal', () => {
    expect(createProgress(new Capture(), { env: {} })).toBeInstanceOf(PlainProgress);
  });

  it('picks the live display on a terminal, but not in CI or on a dumb terminal', () => {
    const tty = Object.assign(new Capture(), { isTTY: true, columns: 80 });
    const live = createProgress(tty, { env: {}, showCursor: true });
    expect(live).toBeInstanceOf(LiveProgress);
    live.done();
    expect(createProgress(tty, { env: { CI: 'true' } })).toBeInstanceOf(PlainProgress);
    expect(createProgress(tty, { env: { TERM: 'dumb' } })).toBeInstanceOf(PlainProgress);
    expect(createProgress(tty, { env: {}, plain: true })).toBeInstanceOf(PlainProgress);
  });

  it('is silent when quiet', () => {
    expect(createProgress(new Capture(), { quiet: true })).toBe(silentProgress);
  });

  it('defaults to stderr', () => {
    const p = createProgress(undefined, { quiet: true });
    expect(p).toBe(silentProgress);
  });
});
