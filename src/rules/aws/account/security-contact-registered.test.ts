import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './security-contact-registered.js';

const contactAsset = (config: Record<string, unknown>, gaps: Asset['gaps'] = {}) =>
  awsAsset({ id: 'arn:aws:account::111122223333:alternate-contact/SECURITY', type: 'AWS::Account::AlternateContact', kind: 'account.setting', region: 'global', config, gaps });

const SOC = { Name: 'Security Operations', Title: 'SOC', EmailAddress: 'soc@example.com', PhoneNumber: '+1 206 555 0199', AlternateContactType: 'SECURITY' };

describe(rule.id, () => {
  it.each<{ name: string; asset: Asset; expect: Status; reason: RegExp }>([
    { name: 'security contact registered', asset: contactAsset({ alternateContact: SOC }), expect: 'pass', reason: /Security Operations <soc@example.com>/ },
    { name: 'contact without a name', asset: contactAsset({ alternateContact: { ...SOC, Name: undefined } }), expect: 'pass', reason: /Security contact soc@example.com is registered/ },
    { name: 'never registered (ResourceNotFoundException)', asset: contactAsset({ alternateContact: null }), expect: 'fail', reason: /No security contact is registered for account 111122223333/ },
    { name: 'contact with a blank email', asset: contactAsset({ alternateContact: { ...SOC, EmailAddress: '  ' } }), expect: 'fail', reason: /has no email address/ },
    { name: 'a response without the contact', asset: contactAsset({ alternateContact: undefined }), expect: 'unknown', reason: /returned no contact/ },
    { name: 'GetAlternateContact denied', asset: contactAsset({}, { alternateContact: deniedGap('account', 'GetAlternateContact', 'AccessDeniedException') }), expect: 'unknown', reason: /GetAlternateContact AccessDeniedException/ },
    { name: 'not collected', asset: contactAsset({}), expect: 'unknown', reason: /alternateContact was not collected/ },
  ])('$name -> $expect', ({ asset, expect: status, reason }) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });

  it('cites the email address it judged', () => {
    expect(runRule(rule, contactAsset({ alternateContact: SOC }), fixtureContext([])).evidence).toEqual([{ path: 'config.alternateContact.EmailAddress', observed: 'soc@example.com', expected: 'an email address' }]);
    expect(runRule(rule, contactAsset({ alternateContact: null }), fixtureContext([])).evidence[0]?.observed).toBeNull();
  });
});
