import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './security-contact-email-set.js';
import { contactsDenied, withContacts } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '2017 API email', asset: withContacts({ email: 'secops@example.com', alertNotifications: 'Off' }), expect: 'pass', reason: /secops@example.com/ },
    { name: '2023 API emails list', asset: withContacts({ emails: 'a@example.com;b@example.com' }), expect: 'pass', reason: /b@example.com/ },
    { name: 'contact without e-mail', asset: withContacts({ phone: '+1 555 0100' }), expect: 'fail' },
    { name: 'no contact at all', asset: withContacts(), expect: 'fail', reason: /No additional/ },
    { name: 'listing denied', asset: contactsDenied(), expect: 'unknown', reason: /securityContacts.list/ },
  ]);
});
