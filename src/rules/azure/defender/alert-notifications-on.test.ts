import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './alert-notifications-on.js';
import { contactsDenied, withContacts } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '2017 API alertNotifications On', asset: withContacts({ email: 'a@example.com', alertNotifications: 'On' }), expect: 'pass', reason: /High/ },
    { name: '2023 API alert source from Medium', asset: withContacts({ notificationsSources: [{ sourceType: 'Alert', minimalSeverity: 'Medium' }] }), expect: 'pass', reason: /Medium/ },
    { name: 'only attack-path notifications', asset: withContacts({ notificationsSources: [{ sourceType: 'AttackPath', minimalRiskLevel: 'Critical' }] }), expect: 'fail' },
    { name: 'alertNotifications Off', asset: withContacts({ email: 'a@example.com', alertNotifications: 'Off' }), expect: 'fail', reason: /off/ },
    { name: 'listing denied', asset: contactsDenied(), expect: 'unknown' },
  ]);
});
