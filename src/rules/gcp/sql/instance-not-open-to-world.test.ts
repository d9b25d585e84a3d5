import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-not-open-to-world.js';
import { deniedSql, sqlAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['no authorized networks', [], 'pass'],
    ['office range only', [{ name: 'office', value: '203.0.113.0/24' }], 'pass'],
    ['the whole internet', [{ name: 'office', value: '203.0.113.0/24' }, { name: 'any', value: '0.0.0.0/0' }], 'fail'],
  ])('%s -> %s', (_n, authorizedNetworks, status) => {
    const v = runRule(rule, sqlAsset({ databaseVersion: 'MYSQL_8_0', settings: { ipConfiguration: { ipv4Enabled: true, authorizedNetworks } } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown without the instance', () => {
    expect(runRule(rule, deniedSql(), fixtureContext([])).status).toBe('unknown');
  });
});
