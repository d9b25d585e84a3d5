import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './disk-csek-encrypted.js';
import { denied, disk } from './support/net-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['customer-supplied key', disk({ diskEncryptionKey: { sha256: 'n5ZBYl3qb9Uq3iT4Dk9lJ0Uuw0Axlt6ozPRmw/t0Dvs=' } }), 'pass'],
    ['Cloud KMS key', disk({ diskEncryptionKey: { kmsKeyName: 'projects/p/locations/europe/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1' } }), 'fail'],
    ['Google-managed', disk({}), 'fail'],
    ['disk listing denied', denied(GCP.disk, 'disk', 'compute.disks.aggregatedList'), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
