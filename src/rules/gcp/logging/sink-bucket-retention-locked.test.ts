import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, gcpAsset, projectAsset } from '../../../../test/support/gcp-assets.js';
import { GCP } from '../support/types.js';
import { rule } from './sink-bucket-retention-locked.js';

const project = projectAsset({ sinks: [{ name: 'all', destination: 'storage.googleapis.com/central-logs' }, { name: 'bq', destination: 'bigquery.googleapis.com/projects/p/datasets/logs' }] });
const bucket = (retentionPolicy?: unknown) =>
  gcpAsset({ type: GCP.bucket, kind: 'storage.bucket', region: 'eu', name: 'central-logs', config: { bucket: { name: 'central-logs', ...(retentionPolicy ? { retentionPolicy } : {}) } } });

describe(rule.id, () => {
  it.each([
    ['locked retention', [bucket({ retentionPeriod: '31536000', isLocked: true })], 'pass'],
    ['unlocked retention', [bucket({ retentionPeriod: '31536000' })], 'fail'],
    ['no retention policy', [bucket()], 'fail'],
    ['the bucket is not in the scan', [], 'unknown'],
  ])('%s -> %s', (_n, buckets, status) => {
    const v = runRule(rule, project, fixtureContext(buckets));
    expect(v.status, v.reason).toBe(status);
  });

  it('is not applicable without storage sinks', () => {
    expect(runRule(rule, projectAsset({ sinks: [{ name: '_Default', destination: 'logging.googleapis.com/projects/p/locations/global/buckets/_Default' }] }), fixtureContext([])).status).toBe('not_applicable');
  });

  it('is unknown when the bucket listing failed', () => {
    const v = runRule(rule, project, fixtureContext([], { [GCP.bucket]: [deniedGap('storage', 'storage.buckets.list')] }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('storage.buckets.list');
  });

  it('is unknown when sinks could not be listed', () => {
    expect(runRule(rule, projectAsset({}, { sinks: deniedGap('logging', 'logging.projects.sinks.list') }), fixtureContext([])).status).toBe('unknown');
  });
});
