import { fail, pass, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { CONTACT_REFS, CONTACT_TF, CONTACTS_TYPE, contactsOf, notifiesOwners } from './support/contacts.js';

export const rule: Rule = {
  id: 'azure.defender.alerts-notify-owners',
  title: 'Defender for Cloud e-mails security alerts to subscription owners',
  severity: 'low',
  providers: ['azure'],
  types: [CONTACTS_TYPE],
  rationale: 'The owners of a subscription can act on an incident in it immediately; if they are not told about high-severity alerts, response waits for someone else to notice.',
  remediation: {
    steps: ['Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.', "Under 'All users with the following roles', select Owner and save."],
    cli: 'az security contact create --name default --email secops@example.com --alert-notifications on --alerts-admins on',
    terraform: CONTACT_TF,
  },
  references: CONTACT_REFS,
  compliance: [cis('9.1.12'), mcsb('IR-2'), nist('IR-6')],
  version: 1,
  evaluate(asset) {
    const contacts = contactsOf(asset);
    const evidence = [{ path: 'config.securityContacts[].alertsToAdmins', observed: contacts.map((c) => c.alertsToAdmins ?? c.notificationsByRole ?? null), expected: 'On (Owner role notified)' }];
    if (contacts.some(notifiesOwners)) return pass('Subscription owners are e-mailed about security alerts', evidence);
    return fail(contacts.length ? 'Subscription owners are not e-mailed about security alerts' : 'No security contact is configured', evidence);
  },
};
