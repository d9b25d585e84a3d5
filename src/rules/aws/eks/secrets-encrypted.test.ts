import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './secrets-encrypted.js';
import { clusterAsset, deniedCluster } from './support/fixtures.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe(rule.id, () => {
  it.each([
    ['secrets encrypted with a KMS key', [{ resources: ['secrets'], provider: { keyArn: KEY } }], 'pass'],
    ['no encryption config', undefined, 'fail'],
    ['an entry without a key', [{ resources: ['secrets'], provider: {} }], 'fail'],
    ['an entry for other resources', [{ resources: ['configmaps'], provider: { keyArn: KEY } }], 'fail'],
  ])('%s -> %s', (_name, encryptionConfig, status) => {
    const v = runRule(rule, clusterAsset({ encryptionConfig }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.cluster.encryptionConfig');
  });

  it('is unknown when DescribeCluster was denied', () => {
    expect(runRule(rule, deniedCluster(), fixtureContext([])).status).toBe('unknown');
  });
});
