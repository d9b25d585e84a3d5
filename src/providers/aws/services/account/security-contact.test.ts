import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { AccountSection } from '../../../../../sim/aws/services/account.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as registered } from '../../../../rules/aws/account/security-contact-registered.js';
import { securityContactCollector } from './security-contact.js';

const MGMT = '111111111111';
const MEMBER = '222222222222';
const SOC = { Name: 'Security Operations', Title: 'SOC', EmailAddress: 'soc@example.com', PhoneNumber: '+1 206 555 0199' };

const estate = (mgmt: AccountSection, member: AccountSection = {}): Estate => ({
  organization: { id: 'o-abc123def4', managementAccountId: MGMT, memberRoleName: 'OrganizationAccountAccessRole' },
  accounts: [
    { id: MGMT, name: 'management', regions: ['us-east-1'], global: { account: mgmt }, regional: {} },
    { id: MEMBER, name: 'member', regions: ['us-east-1'], global: { account: member }, regional: {} },
  ],
});

describe('aws.account.security-contact collector', () => {
  it('collects the security contact as one global asset per account; registered passes', async () => {
    const out = await collectFrom(estate({ alternateContacts: { SECURITY: SOC, BILLING: { ...SOC, EmailAddress: 'billing@example.com' } } }), securityContactCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(1);
    const a = out.assets[0]!;
    expect(a).toMatchObject({ id: `arn:aws:account::${MGMT}:alternate-contact/SECURITY`, type: 'AWS::Account::AlternateContact', kind: 'account.setting', account: MGMT, region: 'global' });
    // The security contact, not the billing one, and without the HTTP metadata.
    expect(a.config.alternateContact).toEqual({ ...SOC, AlternateContactType: 'SECURITY' });
    expect(runRule(registered, a, fixtureContext(out.assets)).status).toBe('pass');
  });

  it('reads each account with its own credentials: a member without a security contact fails', async () => {
    const out = await collectFrom(estate({ alternateContacts: { SECURITY: SOC } }, { alternateContacts: { BILLING: SOC } }), securityContactCollector, { account: MEMBER });
    expect(out.errors).toEqual([]);
    const a = out.assets[0]!;
    expect(a).toMatchObject({ id: `arn:aws:account::${MEMBER}:alternate-contact/SECURITY`, account: MEMBER });
    // ResourceNotFoundException means "never registered": a value (null), not an error.
    expect(a.config.alternateContact).toBeNull();
    expect(a.gaps).toEqual({});
    expect(runRule(registered, a, fixtureContext(out.assets)).status).toBe('fail');
  });

  it('a denied GetAlternateContact leaves a gap naming the call, and the rule says unknown', async () => {
    const out = await collectFrom(estate({ alternateContacts: { SECURITY: SOC } }), securityContactCollector, { faults: [{ effect: 'deny', service: 'account', operation: 'GetAlternateContact' }] });
    const expected = { provider: 'aws', account: MGMT, region: 'us-east-1', service: 'account', operation: 'GetAlternateContact', code: 'AccessDeniedException' };
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    const a = out.assets[0]!;
    expect(a.gaps.alternateContact).toMatchObject(expected);
    expect(a.config).not.toHaveProperty('alternateContact');
    const v = runRule(registered, a, fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetAlternateContact');
  });
});
