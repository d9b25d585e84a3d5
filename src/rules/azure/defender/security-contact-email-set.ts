import { fail, pass, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { CONTACT_REFS, CONTACT_TF, CONTACTS_TYPE, contactsOf, emailsOf } from './support/contacts.js';

export const rule: Rule = {
  id: 'azure.defender.security-contact-email-set',
  title: 'Defender for Cloud has an additional security contact e-mail address',
  severity: 'medium',
  providers: ['azure'],
  types: [CONTACTS_TYPE],
  rationale: 'Alerts that only reach subscription owners are often missed; a monitored security team mailbox makes sure someone whose job is to respond actually receives them.',
  remediation: {
    steps: ['Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.', "Enter the security team's mailbox under 'Additional email addresses' and save."],
    cli: 'az security contact create --name default --email secops@example.com --alert-notifications on --alerts-admins on',
    terraform: CONTACT_TF,
  },
  references: CONTACT_REFS,
  compliance: [cis('9.1.13'), mcsb('IR-2'), nist('IR-6')],
  version: 1,
  evaluate(asset) {
    const emails = contactsOf(asset).flatMap(emailsOf);
    const evidence = [{ path: 'config.securityContacts[].email', observed: emails, expected: 'at least one address' }];
    return emails.length ? pass(`Security alerts also go to ${emails.join(', ')}`, evidence) : fail('No additional security contact e-mail address is configured', evidence);
  },
};
