import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsAsset } from '../../test/support/assets.js';
import type { Asset } from '../core/asset.js';
import { fail, pass, type Rule } from '../core/rule.js';
import type { Discover } from '../providers/discovery.js';
import { emptyStats } from '../providers/discovery.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { runScan } from './scan.js';

const TYPE = 'AWS::Test::Thing';

/** Fails assets whose config says `ok: false`, and logs which asset it judged when. */
function loggingRule(log: string[]): Rule {
  return {
    id: 'aws.test.thing-ok',
    title: 'Thing is ok',
    severity: 'high',
    providers: ['aws'],
    types: [TYPE],
    rationale: 'test',
    remediation: { steps: ['fix it'] },
    references: [],
    compliance: [],
    version: 1,
    evaluate(asset) {
      log.push(`judge ${asset.name}`);
      return asset.config.ok === false ? fail('not ok') : pass('ok');
    },
  };
}

const thing = (account: string, name: string, ok: boolean): Asset =>
  awsAsset({ id: `arn:aws:test:us-east-1:${account}:thing/${name}`, account, type: TYPE, name, config: { ok } });

/** Resolves once the log holds `entry`, so discovery can go on only after judging has begun. */
async function until(log: string[], entry: string): Promise<void> {
  for (let i = 0; i < 500 && !log.includes(entry); i++) await new Promise((r) => setTimeout(r, 2));
}

describe('runScan judges accounts as their discovery completes', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parapet-engine-'));
    store = await openStore(join(dir, 'p.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const scopeOf = (account: string) => [{ provider: 'aws' as const, account, region: 'us-east-1' }];

  it('judges a finished account while the next is still being discovered, and the rest at the end', async () => {
    const log: string[] = [];
    const discover: Discover = async (sink) => {
      await sink.scope(scopeOf('111111111111'));
      await sink.assets([thing('111111111111', 'a-bad', false), thing('111111111111', 'a-good', true)]);
      sink.event({ type: 'account-done', account: '111111111111' });
      await until(log, 'judge a-good');
      log.push('discover b');
      await sink.scope(scopeOf('222222222222'));
      await sink.assets([thing('222222222222', 'b-bad', false)]);
      sink.event({ type: 'account-done', account: '222222222222' });
      // Never reported done: judged once discovery has returned.
      await sink.scope(scopeOf('333333333333'));
      await sink.assets([thing('333333333333', 'c-bad', false)]);
      // A repeated account-done does not judge twice.
      sink.event({ type: 'account-done', account: '111111111111' });
      return { callerAccount: '111111111111', accounts: ['111111111111', '222222222222', '333333333333'], stats: emptyStats(), resources: 4 };
    };
    const phases: string[] = [];
    // A rule that looks across assets: it waits for each account's discovery to complete.
    const rule = { ...loggingRule(log), lookups: [TYPE] };
    const { scan } = await runScan({ target: 'test', store, rules: [rule], discover, onEvent: (e) => e.type === 'phase' && phases.push(e.phase) });

    expect(log.indexOf('judge a-bad')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('judge a-bad')).toBeLessThan(log.indexOf('discover b'));
    expect(log.filter((l) => l.startsWith('judge')).sort()).toEqual(['judge a-bad', 'judge a-good', 'judge b-bad', 'judge c-bad']);
    expect(phases).toEqual(['discover', 'evaluate', 'store']);
    expect(scan.status).toBe('complete');
    expect(scan.counts).toMatchObject({ assets: 4, pass: 1, fail: 3 });
    const failing = await store.findings({ scanId: scan.id, status: ['fail'] });
    expect(failing.map((f) => f.asset.name).sort()).toEqual(['a-bad', 'b-bad', 'c-bad']);
  });

  it("hands the event loop back while judging, so other accounts' discovery (sockets, timers) goes on", async () => {
    const log: string[] = [];
    // Each verdict costs about half a millisecond of CPU: 200 assets keep the thread busy for ~100 ms. The
    // rule looks across assets, so it judges once the account's discovery is complete.
    const slowRule: Rule = {
      ...loggingRule(log),
      lookups: [TYPE],
      evaluate(asset) {
        const until = performance.now() + 0.5;
        while (performance.now() < until);
        log.push(`judge ${asset.name}`);
        return pass('ok');
      },
    };
    const A = '111111111111';
    const discover: Discover = async (sink) => {
      await sink.scope(scopeOf(A));
      await sink.assets(Array.from({ length: 200 }, (_, i) => thing(A, `a-${i}`, true)));
      sink.event({ type: 'account-done', account: A });
      // Account B's discovery: timer-driven, as network I/O is.
      const ticks = setInterval(() => log.push('tick'), 1);
      await until(log, 'judge a-199');
      clearInterval(ticks);
      return { callerAccount: A, accounts: [A], stats: emptyStats(), resources: 200 };
    };
    await runScan({ target: 'test', store, rules: [slowRule], discover });
    const first = log.indexOf('judge a-0');
    const last = log.indexOf('judge a-199');
    expect(first).toBeGreaterThanOrEqual(0);
    // Judging all in one go would leave no tick between its first and last verdict.
    expect(log.slice(first, last).filter((l) => l === 'tick').length).toBeGreaterThan(0);
  });

  it('rules that judge an asset alone do so as it is stored; rules that look across assets once its account is complete', async () => {
    const log: string[] = [];
    const alone = loggingRule(log);
    const across: Rule = {
      ...loggingRule(log),
      id: 'aws.test.thing-has-siblings',
      lookups: [TYPE],
      evaluate(asset, ctx) {
        log.push(`lookup-judge ${asset.name}`);
        return ctx.find(TYPE, { account: asset.account }).assets.length > 1 ? pass('siblings') : fail('alone');
      },
    };
    const A = '111111111111';
    const discover: Discover = async (sink) => {
      await sink.scope(scopeOf(A));
      await sink.assets([thing(A, 'a-1', false)]);
      log.push('stored a-1');
      // The same asset again (a listing that repeated it): judged once.
      await sink.assets([thing(A, 'a-1', false), thing(A, 'a-2', true)]);
      log.push('stored a-2');
      sink.event({ type: 'account-done', account: A });
      return { callerAccount: A, accounts: [A], stats: emptyStats(), resources: 2 };
    };
    const { scan } = await runScan({ target: 'test', store, rules: [alone, across], discover });
    expect(log.slice(0, 4)).toEqual(['judge a-1', 'stored a-1', 'judge a-2', 'stored a-2']);
    expect(log.slice(4).sort()).toEqual(['lookup-judge a-1', 'lookup-judge a-2']);
    expect(scan.counts).toMatchObject({ assets: 2, pass: 3, fail: 1 });
    const results = await store.findings({ scanId: scan.id });
    expect(results.map((f) => `${f.ruleId} ${f.asset.name} ${f.status}`).sort()).toEqual([
      'aws.test.thing-has-siblings a-1 pass',
      'aws.test.thing-has-siblings a-2 pass',
      'aws.test.thing-ok a-1 fail',
      'aws.test.thing-ok a-2 pass',
    ]);
  });

  it('a discovery that throws after an account was judged fails the scan with its own error', async () => {
    const log: string[] = [];
    const discover: Discover = async (sink) => {
      await sink.scope(scopeOf('111111111111'));
      await sink.assets([thing('111111111111', 'a-bad', false)]);
      sink.event({ type: 'account-done', account: '111111111111' });
      await sink.scope(scopeOf('222222222222'));
      await sink.assets([thing('222222222222', 'b-bad', false)]);
      sink.event({ type: 'account-done', account: '222222222222' });
      throw new Error('organization listing broke');
    };
    await expect(runScan({ target: 'test', store, rules: [loggingRule(log)], discover })).rejects.toThrow('organization listing broke');
    const [last] = await store.listScans(1);
    expect(last?.status).toBe('failed');
  });
});
