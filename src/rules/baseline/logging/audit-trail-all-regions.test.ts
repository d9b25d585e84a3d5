import { listingFailed, runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { awsAccount, trail } from '../../../../test/support/native-aws.js';
import { activityLogSetting, subscription } from '../../../../test/support/native-azure.js';
import { logSink, project } from '../../../../test/support/native-gcp.js';
import { rule } from './audit-trail-all-regions.js';

runBaselineCases(rule, {
  aws: [
    { name: 'multi-region trail logging', asset: awsAccount(), context: [trail({})], expect: 'pass' },
    { name: 'one good trail among single-region ones', asset: awsAccount(), context: [trail({ IsMultiRegionTrail: false }), trail({})], expect: 'pass' },
    { name: 'single-region trail only', asset: awsAccount(), context: [trail({ IsMultiRegionTrail: false })], expect: 'fail' },
    { name: 'multi-region trail stopped', asset: awsAccount(), context: [trail({}, false)], expect: 'fail' },
    { name: 'no trail', asset: awsAccount(), expect: 'fail' },
    { name: 'trail listing failed', asset: awsAccount(), listingErrors: listingFailed('aws', 'AWS::CloudTrail::Trail'), expect: 'unknown' },
    { name: 'trail status denied', asset: awsAccount(), context: [withGap(trail({}), 'status', 'GetTrailStatus')], expect: 'unknown' },
  ],
  azure: [
    { name: 'all categories to a workspace', asset: subscription(), context: [activityLogSetting({})], expect: 'pass' },
    { name: 'allLogs category group to storage', asset: subscription(), context: [activityLogSetting({ workspaceId: undefined, storageAccountId: 'st', logs: [{ categoryGroup: 'allLogs', enabled: true }] })], expect: 'pass' },
    { name: 'Administrative only', asset: subscription(), context: [activityLogSetting({ logs: [{ category: 'Administrative', enabled: true }] })], expect: 'fail' },
    { name: 'no setting', asset: subscription(), expect: 'fail' },
    { name: 'diagnostic settings listing failed', asset: subscription(), listingErrors: listingFailed('azure', 'Microsoft.Insights/diagnosticSettings'), expect: 'unknown' },
    { name: 'setting denied', asset: subscription(), context: [withGap(activityLogSetting({}), 'setting')], expect: 'unknown' },
  ],
  gcp: [
    { name: 'unfiltered sink to a bucket', asset: project(), context: [logSink({})], expect: 'pass' },
    { name: 'sink on Cloud Audit Logs only', asset: project(), context: [logSink({ filter: 'logName:"cloudaudit.googleapis.com"' })], expect: 'pass' },
    { name: 'sink filtered to one service', asset: project(), context: [logSink({ filter: 'resource.type="gce_instance"' })], expect: 'fail' },
    { name: 'built-in _Default sink only', asset: project(), context: [logSink({ name: '_Default', destination: 'logging.googleapis.com/projects/p/locations/global/buckets/_Default', filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity")' })], expect: 'fail' },
    { name: 'disabled sink', asset: project(), context: [logSink({ disabled: true })], expect: 'fail' },
    { name: 'sinks listing failed', asset: project(), listingErrors: listingFailed('gcp', 'logging.googleapis.com/LogSink'), expect: 'unknown' },
    { name: 'sink denied', asset: project(), context: [withGap(logSink({}), 'sink')], expect: 'unknown' },
  ],
});
