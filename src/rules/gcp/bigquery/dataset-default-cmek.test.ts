import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './dataset-default-cmek.js';
import { dataset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['default CMEK', dataset({ defaultEncryptionConfiguration: { kmsKeyName: 'projects/p/locations/eu/keyRings/r/cryptoKeys/bq' } }), 'pass'],
    ['Google-managed', dataset({}), 'fail'],
    ['datasets.get denied', dataset(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
