import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-automated-backups.js';
import { deniedSql, sqlAsset } from './support/fixtures.js';
import type { SqlInstance } from './support/instance.js';

describe(rule.id, () => {
  it.each<[string, SqlInstance, string]>([
    ['backups enabled', { settings: { backupConfiguration: { enabled: true, startTime: '03:00' } } }, 'pass'],
    ['backups disabled', { settings: { backupConfiguration: { enabled: false } } }, 'fail'],
    ['no backup configuration', { settings: {} }, 'fail'],
    ['read replica', { instanceType: 'READ_REPLICA_INSTANCE', settings: {} }, 'not_applicable'],
  ])('%s -> %s', (_n, instance, status) => {
    const v = runRule(rule, sqlAsset({ databaseVersion: 'SQLSERVER_2019_STANDARD', ...instance }), fixtureContext([]));
    expect(v.status).toBe(status);
  });

  it('is unknown without the instance', () => {
    expect(runRule(rule, deniedSql(), fixtureContext([])).status).toBe('unknown');
  });
});
