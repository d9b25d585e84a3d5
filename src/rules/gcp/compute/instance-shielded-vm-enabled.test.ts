import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-shielded-vm-enabled.js';
import { deniedVm, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['vTPM and integrity monitoring', vm({ shieldedInstanceConfig: { enableVtpm: true, enableIntegrityMonitoring: true, enableSecureBoot: false } }), 'pass'],
    ['integrity monitoring off', vm({ shieldedInstanceConfig: { enableVtpm: true, enableIntegrityMonitoring: false } }), 'fail'],
    ['no shielded config (image without support)', vm({}), 'fail'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
