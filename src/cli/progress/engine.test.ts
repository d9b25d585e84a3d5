import { describe, expect, it } from 'vitest';
import { engineEvents, type ProgressEvent, type ProgressSink } from './index.js';

describe('engine events to progress', () => {
  it('turns discovery events into progress events, counting regions across accounts', () => {
    const got: ProgressEvent[] = [];
    const sink: ProgressSink = { update: (e) => got.push(e), log() {}, done() {} };
    const on = engineEvents(sink);
    on({ type: 'phase', phase: 'discover' });
    on({ type: 'accounts', accounts: ['111122223333', '444455556666'] });
    on({ type: 'account-start', account: '111122223333', regions: ['us-east-1', 'eu-west-1'] });
    on({ type: 'account-start', account: '444455556666', regions: ['us-east-1'] });
    on({ type: 'collector-start', account: '111122223333', region: 'us-east-1', collector: 'aws.s3.buckets' });
    on({ type: 'collector-done', account: '111122223333', region: 'us-east-1', collector: 'aws.s3.buckets', resources: 3, ok: false });
    on({ type: 'resources', count: 3 });
    on({ type: 'error', error: { provider: 'aws', account: '111122223333', region: 'us-east-1', service: 's3', operation: 'GetBucketAcl', code: 'AccessDenied', message: 'no' } });
    on({ type: 'account-done', account: '111122223333' });
    on({ type: 'evaluated', assets: 1000 });
    on({ type: 'evaluated', assets: 1500 });
    on({ type: 'evaluated', assets: 1500 });
    expect(got.map((e) => e.type)).toEqual(['phase', 'plan', 'plan', 'account-start', 'account-start', 'collector-start', 'collector-done', 'resources', 'error', 'account-done', 'evaluated', 'evaluated']);
    // Running totals from the engine become increments.
    expect(got.filter((e) => e.type === 'evaluated').map((e) => (e.type === 'evaluated' ? e.assets : 0))).toEqual([1000, 500]);
    expect(got[2]).toEqual({ type: 'plan', provider: 'aws', accounts: 2, regions: 2 });
    expect(got[6]).toMatchObject({ service: 's3', collector: 'aws.s3.buckets', ok: false, resources: 3 });
  });

  it('labels events with the provider now scanning and counts every provider\'s accounts (scan all, demo)', () => {
    const got: ProgressEvent[] = [];
    const on = engineEvents({ update: (e) => got.push(e), log() {}, done() {} });
    on({ type: 'accounts', accounts: ['111122223333'], provider: 'aws' });
    on({ type: 'accounts', accounts: ['5b1f0000-0000-4000-8000-000000000002', '5b1f0000-0000-4000-8000-000000000003'], provider: 'azure' });
    on({ type: 'account-start', account: '5b1f0000-0000-4000-8000-000000000002', regions: [] });
    expect(got[1]).toEqual({ type: 'plan', provider: 'azure', accounts: 3, regions: 0 });
    expect(got[2]).toMatchObject({ type: 'account-start', provider: 'azure' });
  });
});
