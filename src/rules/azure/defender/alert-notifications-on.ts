import { fail, pass, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { alertSeverityOf, CONTACT_REFS, CONTACT_TF, CONTACTS_TYPE, contactsOf } from './support/contacts.js';

export const rule: Rule = {
  id: 'azure.defender.alert-notifications-on',
  title: "Defender for Cloud sends e-mail for alerts of high severity (or lower)",
  severity: 'medium',
  providers: ['azure'],
  types: [CONTACTS_TYPE],
  rationale: 'With alert e-mails off, Defender for Cloud only shows alerts in the portal, where nobody may look for days; e-mail brings high-severity detections to the responders at once.',
  remediation: {
    steps: ['Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.', "Tick 'Notify about alerts with the following severity (or higher)', choose High (or lower) and save."],
    cli: 'az security contact create --name default --email secops@example.com --alert-notifications on --alerts-admins on',
    terraform: CONTACT_TF,
  },
  references: CONTACT_REFS,
  compliance: [cis('9.1.14'), mcsb('IR-2'), nist('IR-6')],
  version: 1,
  evaluate(asset) {
    const contacts = contactsOf(asset);
    const severities = contacts.map(alertSeverityOf);
    const evidence = [{ path: 'config.securityContacts[].alertNotifications', observed: contacts.map((c) => c.alertNotifications ?? c.notificationsSources ?? null), expected: 'On' }];
    const on = severities.find((s): s is string => s !== null);
    if (on) return pass(`Alerts of severity ${on} and above are e-mailed`, evidence);
    return fail(contacts.length ? 'Alert e-mail notifications are off' : 'No security contact is configured', evidence);
  },
};
