import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './disk-cmk-encrypted.js';
import { disk, diskDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'customer key', asset: disk({ encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'des' } }), expect: 'pass' },
    { name: 'platform and customer keys', asset: disk({ encryption: { type: 'EncryptionAtRestWithPlatformAndCustomerKeys' } }), expect: 'pass' },
    { name: 'platform key', asset: disk({ encryption: { type: 'EncryptionAtRestWithPlatformKey' } }), expect: 'fail' },
    { name: 'unset', asset: disk({}), expect: 'fail' },
    { name: 'denied', asset: diskDenied(), expect: 'unknown' },
  ]);
});
