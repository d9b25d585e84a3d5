import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './network-policy-enabled.js';
import { cluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['Calico network policy', cluster({ networkPolicy: { enabled: true, provider: 'CALICO' } }), 'pass'],
    ['Dataplane V2', cluster({ networkConfig: { datapathProvider: 'ADVANCED_DATAPATH' } }), 'pass'],
    ['neither', cluster({ networkPolicy: { enabled: false }, networkConfig: { datapathProvider: 'LEGACY_DATAPATH' } }), 'fail'],
    ['nothing reported', cluster({}), 'fail'],
    ['listing denied', cluster(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
