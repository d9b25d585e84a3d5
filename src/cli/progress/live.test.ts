import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollectionError } from '../../core/asset.js';
import { LiveProgress } from './index.js';

class Tty extends Writable {
  text = '';
  writes = 0;
  isTTY = true;
  columns = 100;
  rows = 40;
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    this.writes++;
    cb();
  }
}

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

const err = (i: number): CollectionError => ({
  provider: 'aws',
  account: '111122223333',
  region: 'us-east-1',
  service: 's3',
  operation: `Op${i}`,
  code: 'AccessDenied',
  message: `denied ${i}`,
});
const scope = { provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'ec2', collector: 'aws.ec2.instances' };

describe('live progress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T10:00:00.000Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('redraws at most about ten times a second', () => {
    const out = new Tty();
    const p = new LiveProgress(out, { showCursor: true, color: false });
    for (let i = 0; i < 1000; i++) p.update({ type: 'calls', count: 1 });
    expect(p.draws).toBe(0);
    vi.advanceTimersByTime(0);
    expect(p.draws).toBe(1);
    // An update every millisecond for a second.
    for (let i = 0; i < 1000; i++) {
      p.update({ type: 'resources', count: 1 });
      vi.advanceTimersByTime(1);
    }
    expect(p.draws).toBeGreaterThanOrEqual(9);
    expect(p.draws).toBeLessThanOrEqual(13);
    p.done();
  });

  it('shows accounts, regions, running collectors, counters and the last errors', () => {
    const out = new Tty();
    const p = new LiveProgress(out, { showCursor: true, color: false, maxErrors: 3 });
    p.update({ type: 'plan', provider: 'aws', accounts: 3, regions: 2 });
    p.update({ type: 'phase', phase: 'discover' });
    p.update({ type: 'account-start', provider: 'aws', account: '111122223333' });
    p.update({ type: 'account-done', provider: 'aws', account: '111122223333' });
    p.update({ type: 'collector-start', ...scope });
    p.update({ type: 'resources', count: 42 });
    p.update({ type: 'calls', count: 7 });
    p.update({ type: 'retry', provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'ec2', operation: 'DescribeInstances', code: 'RequestLimitExceeded', attempt: 1 });
    for (let i = 1; i <= 5; i++) p.update({ type: 'error', error: err(i) });
    vi.advanceTimersByTime(2500);
    const frame = p.frame();
    expect(frame).toContain('Parapet scanning aws · discover 00:02');
    expect(frame).toMatch(/accounts 1\/3\s+regions 2\s+resources 42\s+calls 7\s+retries 1\s+errors 5/);
    expect(frame).toContain('running (1):');
    expect(frame).toContain('aws.ec2.instances 111122223333 eu-west-1 00:02');
    expect(frame).toContain('last 3 errors:');
    expect(frame).not.toContain('Op2 ');
    expect(frame).toContain('aws 111122223333 us-east-1 s3 Op5 AccessDenied: denied 5');
    expect(strip(out.text)).toContain('errors 5');
    p.update({ type: 'collector-done', ...scope, resources: 42, ok: true });
    expect(p.frame()).not.toContain('running');
    p.done();
  });

  it('prints log lines above the display and stops on done', () => {
    const out = new Tty();
    const p = new LiveProgress(out, { showCursor: true, color: false });
    p.update({ type: 'calls', count: 1 });
    vi.advanceTimersByTime(100);
    p.log('Assuming role in 111122223333');
    expect(strip(out.text)).toContain('Assuming role in 111122223333\n');
    p.done();
    expect(strip(out.text)).toContain('Parapet scan finished');
    expect(vi.getTimerCount()).toBe(0);
    const writes = out.writes;
    p.update({ type: 'calls', count: 1 });
    vi.advanceTimersByTime(5000);
    expect(out.writes).toBe(writes);
  });

  it('keeps lines within the terminal width and control characters out', () => {
    const out = new Tty();
    out.columns = 60;
    const p = new LiveProgress(out, { showCursor: true, color: false });
    p.update({ type: 'error', error: { ...err(1), message: `x\u001b[2J${'y'.repeat(200)}` } });
    for (const line of p.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(59);
    expect(p.frame()).not.toContain('\u001b');
    p.done();
  });
});
