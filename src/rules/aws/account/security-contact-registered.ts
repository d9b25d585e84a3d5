import type { AlternateContact } from '@aws-sdk/client-account';
import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.account.security-contact-registered',
  title: 'A security contact is registered for the account',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::Account::AlternateContact'],
  rationale:
    'AWS sends security notices (abuse reports, exposed credentials, compromised resources) to the security alternate contact. ' +
    'Without one they go only to the root email, which is often an unread mailbox, and an incident can run for days before anyone reacts.',
  remediation: {
    steps: [
      'Register a security alternate contact that reaches a team, not a person: a distribution list or ticketing address and an on-call number.',
      'In an organization, set it for every member account from the management account (trusted access for AWS Account Management) or with your landing zone.',
    ],
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security Operations" --title "SOC" --email-address security@example.com --phone-number "+1-206-555-0199"',
    terraform: 'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "Security Operations"\n  title                  = "SOC"\n  email_address          = "security@example.com"\n  phone_number           = "+1-206-555-0199"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
    'https://docs.aws.amazon.com/accounts/latest/reference/API_GetAlternateContact.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/account-controls.html#account-1',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.2' },
    { framework: 'aws-fsbp', control: 'Account.1' },
  ],
  version: 1,
  evaluate(asset) {
    const contact = need<AlternateContact | null | undefined>(asset, 'alternateContact');
    const ev = [{ path: 'config.alternateContact.EmailAddress', observed: contact === null ? null : (contact?.EmailAddress ?? null), expected: 'an email address' }];
    if (contact === null) return fail(`No security contact is registered for account ${asset.account}`, ev);
    if (contact === undefined) return unknown('GetAlternateContact returned no contact', ev);
    if (!contact.EmailAddress?.trim()) return fail(`The security contact of account ${asset.account} has no email address`, ev);
    const who = contact.Name ? `${contact.Name} <${contact.EmailAddress}>` : contact.EmailAddress;
    return pass(`Security contact ${who} is registered`, ev);
  },
};
