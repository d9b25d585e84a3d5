import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-no-public-ip.js';
import { deniedSql, sqlAsset } from './support/fixtures.js';
import type { SqlInstance } from './support/instance.js';

describe(rule.id, () => {
  it.each<[string, SqlInstance, string]>([
    ['private only', { settings: { ipConfiguration: { ipv4Enabled: false } }, ipAddresses: [{ type: 'PRIVATE', ipAddress: '10.0.0.3' }] }, 'pass'],
    ['public IP enabled', { settings: { ipConfiguration: { ipv4Enabled: true } }, ipAddresses: [{ type: 'PRIMARY', ipAddress: '34.1.2.3' }] }, 'fail'],
    ['a PRIMARY address even without the flag', { settings: {}, ipAddresses: [{ type: 'PRIMARY', ipAddress: '34.1.2.3' }] }, 'fail'],
    ['read replica', { instanceType: 'READ_REPLICA_INSTANCE', settings: { ipConfiguration: { ipv4Enabled: true } } }, 'not_applicable'],
    ['neither flag nor addresses', { settings: {} }, 'unknown'],
  ])('%s -> %s', (_n, instance, status) => {
    const v = runRule(rule, sqlAsset({ databaseVersion: 'POSTGRES_15', ...instance }), fixtureContext([]));
    expect(v.status).toBe(status);
  });

  it('is unknown without the instance', () => {
    expect(runRule(rule, deniedSql(), fixtureContext([])).status).toBe('unknown');
  });
});
