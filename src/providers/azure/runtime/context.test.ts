import { RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import type { CollectionError } from '../../../core/asset.js';
import { emptyStats } from '../../discovery.js';
import { createAzureContext } from './context.js';
import { classifyAzure } from './errors.js';
import { AzureLimiter } from './limiter.js';

const SUB = '5b1f0000-0000-4000-8000-000000000002';

function context(errors: CollectionError[] = []) {
  return createAzureContext(deps(errors));
}

function deps(errors: CollectionError[] = []) {
  return {
    tenantId: 't',
    subscriptionId: SUB,
    credential: { getToken: async () => null },
    clientOptions: {},
    limiter: new AzureLimiter(),
    retry: { throttleAttempts: 3, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    signal: new AbortController().signal,
    stats: emptyStats(),
    onError: (e: CollectionError) => errors.push(e),
    onResources: () => undefined,
  };
}

/** Pages of a listing as the SDK's byPage yields them (continuationToken on each page); fails once at `failAt`. */
function pager(pages: number[][], failAt: number) {
  let failed = false;
  return (token?: string) =>
    (async function* () {
      for (let i = token === undefined ? 0 : Number(token); i < pages.length; i++) {
        if (i === failAt && !failed) {
          failed = true;
          throw new RestError('boom', { statusCode: 503, code: 'ServiceUnavailable' });
        }
        yield Object.assign([...pages[i]!], { continuationToken: i + 1 < pages.length ? String(i + 1) : undefined });
      }
    })();
}

describe('AzureCollectContext.list', () => {
  const pages = [[1, 2], [3, 4], [5, 6], [7]];

  it('resumes a failed page from the continuation token: every item once', async () => {
    const ctx = context();
    const out: number[] = [];
    for await (const n of ctx.list('t', 'op', pager(pages, 2))) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('an iterate that takes no token restarts and skips the pages already seen', async () => {
    const ctx = context();
    const source = pager(pages, 2);
    const out: number[] = [];
    for await (const n of ctx.list('t', 'op', () => source())) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('resumes an SDK that keeps tokens off its pages by restarting and skipping the pages already seen', async () => {
    const ctx = context();
    const source = pager(pages, 2);
    const bare = (token?: string) =>
      (async function* () {
        for await (const p of source(token)) yield [...p]; // the same pages, without a continuationToken property
      })();
    const out: number[] = [];
    for await (const n of ctx.list('t', 'op', bare)) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops after the last page when the SDK marks it (no call that would never reach ARM)', async () => {
    const stats = emptyStats();
    const ctx = createAzureContext({ ...deps(), stats });
    const out: number[] = [];
    for await (const n of ctx.list('t', 'op', pager(pages, -1))) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stats.calls).toBe(pages.length);
  });

  it('records the error and throws ListingFailed when a page cannot be had', async () => {
    const errors: CollectionError[] = [];
    const ctx = context(errors);
    const always = () =>
      (async function* (): AsyncGenerator<number[]> {
        yield* [];
        throw new RestError('denied', { statusCode: 403, code: 'AuthorizationFailed' });
      })();
    await expect(async () => {
      for await (const _ of ctx.list('storage', 'storageAccounts.list', always, { region: 'westeurope' })) void _;
    }).rejects.toThrow('denied');
    expect(errors).toEqual([{ provider: 'azure', account: SUB, region: 'westeurope', service: 'storage', operation: 'storageAccounts.list', code: 'AuthorizationFailed', message: 'denied' }]);
  });
});

describe('classifyAzure', () => {
  it.each([
    [new RestError('x', { statusCode: 429, code: 'SubscriptionRequestsThrottled' }), 'throttle', 'SubscriptionRequestsThrottled'],
    [new RestError('x', { statusCode: 500 }), 'transient', 'Http500'],
    [new RestError('x', { statusCode: 403, code: 'AuthorizationFailed' }), 'final', 'AuthorizationFailed'],
    [new RestError('connect ECONNREFUSED 127.0.0.1:9', { code: 'REQUEST_SEND_ERROR' }), 'transient', 'ECONNREFUSED'],
    [Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }), 'timeout', 'RequestTimeout'],
  ])('%s → %s', (e, kind, code) => {
    expect(classifyAzure(e)).toMatchObject({ kind, code });
  });
});
