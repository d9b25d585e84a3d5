import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import type { AwsCollector } from '../../collector.js';

export const ALTERNATE_CONTACT_TYPE = 'AWS::Account::AlternateContact';

/**
 * The account's security alternate contact (GetAlternateContact, type SECURITY), one asset per account.
 * Its aspect `alternateContact` holds the AlternateContact, or null when none was ever registered
 * (ResourceNotFoundException). The asset is yielded even when the call fails, carrying the gap, so the
 * rule says unknown rather than finding nothing. Only the security contact is read: it is the one a rule
 * judges, and each contact type costs a call.
 */
export const securityContactCollector: AwsCollector = {
  id: 'aws.account.security-contact',
  service: 'account',
  scope: 'global',
  types: [ALTERNATE_CONTACT_TYPE],
  permissions: ['account:GetAlternateContact'],
  async *collect(ctx) {
    // The Account Management API is global, served from us-east-1 (the home region global collectors run in).
    const client = ctx.client(AccountClient);
    // No AccountId: each account is scanned with its own credentials, and the management account may not name itself.
    const result = await ctx.call('GetAlternateContact', () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })), {
      absentOn: ['ResourceNotFoundException'],
    });
    const asset = ctx.asset({
      id: `arn:${ctx.partition}:account::${ctx.account}:alternate-contact/SECURITY`,
      type: ALTERNATE_CONTACT_TYPE,
      kind: 'account.setting',
      name: 'security-contact',
      region: 'global',
    });
    // A success without the contact member would be malformed: leave it undefined so the rule says unknown.
    ctx.aspect(asset, 'alternateContact', result, (o) => o?.AlternateContact);
    ctx.progress(1);
    yield asset;
  },
};
