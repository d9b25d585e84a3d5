import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-access-logging-enabled.js';

runBaselineCases(rule, {
  aws: [
    { name: 'server access logging on', asset: s3Bucket({ logging: { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'x/' } } }), expect: 'pass' },
    { name: 'no logging', asset: s3Bucket(), expect: 'fail' },
    { name: 'denied', asset: withGap(s3Bucket(), 'logging', 'GetBucketLogging'), expect: 'unknown' },
  ],
  azure: [
    { name: 'StorageRead and StorageWrite to a workspace', asset: blobContainer(), expect: 'pass' },
    { name: 'allLogs category group', asset: blobContainer({ diagnosticSettings: [{ workspaceId: 'w', logs: [{ categoryGroup: 'allLogs', enabled: true }] }] }), expect: 'pass' },
    { name: 'only StorageWrite', asset: blobContainer({ diagnosticSettings: [{ workspaceId: 'w', logs: [{ category: 'StorageWrite', enabled: true }] }] }), expect: 'fail' },
    { name: 'no diagnostic setting', asset: blobContainer({ diagnosticSettings: [] }), expect: 'fail' },
    { name: 'diagnostic settings denied', asset: withGap(blobContainer(), 'diagnosticSettings'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'usage logs to a log bucket', asset: gcsBucket(), expect: 'pass' },
    { name: 'no logging', asset: gcsBucket({ bucket: { logging: undefined } }), expect: 'fail' },
    { name: 'bucket denied', asset: withGap(gcsBucket(), 'bucket'), expect: 'unknown' },
  ],
});
