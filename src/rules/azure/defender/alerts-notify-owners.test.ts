import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './alerts-notify-owners.js';
import { contactsDenied, withContacts } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '2017 API alertsToAdmins On', asset: withContacts({ email: 'a@example.com', alertsToAdmins: 'On' }), expect: 'pass' },
    { name: '2023 API Owner role', asset: withContacts({ notificationsByRole: { state: 'On', roles: ['Owner'] } }), expect: 'pass' },
    { name: '2023 API only Contributor', asset: withContacts({ notificationsByRole: { state: 'On', roles: ['Contributor'] } }), expect: 'fail', reason: /not e-mailed/ },
    { name: 'alertsToAdmins Off', asset: withContacts({ email: 'a@example.com', alertsToAdmins: 'Off' }), expect: 'fail' },
    { name: 'no contact at all', asset: withContacts(), expect: 'fail', reason: /No security contact/ },
    { name: 'listing denied', asset: contactsDenied(), expect: 'unknown' },
  ]);
});
