import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './blob-soft-delete-enabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '14-day retention', asset: storageAccount({}, { blobService: { deleteRetentionPolicy: { enabled: true, days: 14 } } }), expect: 'pass', reason: /14 days/ },
    { name: 'disabled', asset: storageAccount({}, { blobService: { deleteRetentionPolicy: { enabled: false } } }), expect: 'fail' },
    { name: 'no policy', asset: storageAccount({}, { blobService: {} }), expect: 'fail' },
    { name: 'account without a blob service (FileStorage)', asset: storageAccount({ kind: 'FileStorage' }, { blobService: null }), expect: 'not_applicable' },
    { name: 'blob service properties denied', asset: storageAccountDenied('blobService', 'blobServices.getServiceProperties'), expect: 'unknown', reason: /getServiceProperties/ },
  ]);
});
