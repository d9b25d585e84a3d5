import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './root-hardware-mfa.js';
import { ACCOUNT, summaryAsset } from './support/test-fixtures.js';

const rootVirtual = [{ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, User: { Arn: `arn:aws:iam::${ACCOUNT}:root` } }];

describe(rule.id, () => {
  it.each([
    ['MFA and no virtual device (hardware or FIDO)', { AccountMFAEnabled: 1 }, [], 'pass'],
    ['MFA through the root virtual device', { AccountMFAEnabled: 1 }, rootVirtual, 'fail'],
    ['no MFA at all', { AccountMFAEnabled: 0, AccountPasswordPresent: 1 }, [], 'fail'],
    ['no root credentials', { AccountMFAEnabled: 0, AccountPasswordPresent: 0 }, [], 'pass'],
  ] as const)('%s -> %s', (_name, map, devices, status) => {
    const v = runRule(rule, summaryAsset({ ...map }, { rootVirtualMfaDevices: devices }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.find((e) => e.path === 'config.rootVirtualMfaDevices')?.observed).toEqual(devices.map((d) => d.SerialNumber));
  });

  it('is unknown when the virtual MFA listing failed, even with MFA on', () => {
    const v = runRule(rule, summaryAsset({ AccountMFAEnabled: 1 }, {}, { rootVirtualMfaDevices: deniedGap('iam', 'ListVirtualMFADevices') }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('ListVirtualMFADevices');
  });

  it('is unknown when the summary is missing', () => {
    expect(runRule(rule, summaryAsset(undefined, { rootVirtualMfaDevices: [] }), fixtureContext([])).status).toBe('unknown');
  });
});
