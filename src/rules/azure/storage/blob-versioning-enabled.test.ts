import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './blob-versioning-enabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: storageAccount({}, { blobService: { isVersioningEnabled: true } }), expect: 'pass' },
    { name: 'disabled', asset: storageAccount({}, { blobService: { isVersioningEnabled: false } }), expect: 'fail' },
    { name: 'unset', asset: storageAccount({}, { blobService: {} }), expect: 'fail' },
    { name: 'account without a blob service (FileStorage)', asset: storageAccount({ kind: 'FileStorage' }, { blobService: null }), expect: 'not_applicable' },
    { name: 'blob service properties denied', asset: storageAccountDenied('blobService', 'blobServices.getServiceProperties'), expect: 'unknown', reason: /getServiceProperties/ },
  ]);
});
