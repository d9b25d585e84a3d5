import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { eksCluster } from '../../../../test/support/native-aws.js';
import { aksCluster } from '../../../../test/support/native-azure.js';
import { gkeCluster } from '../../../../test/support/native-gcp.js';
import { rule } from './cluster-audit-logging.js';

runBaselineCases(rule, {
  aws: [
    { name: 'audit log type enabled', asset: eksCluster({ logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] } }), expect: 'pass' },
    { name: 'audit log type disabled', asset: eksCluster({ logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: false }] } }), expect: 'fail' },
    { name: 'not collected', asset: withGap(eksCluster({}), 'cluster', 'DescribeCluster'), expect: 'unknown' },
  ],
  azure: [{ name: 'diagnostic settings not modelled', asset: aksCluster({}), expect: 'not_applicable' }],
  gcp: [
    { name: 'Cloud Logging on', asset: gkeCluster({}), expect: 'pass' },
    { name: 'logging service none', asset: gkeCluster({ loggingService: 'none' }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gkeCluster({}), 'cluster'), expect: 'unknown' },
  ],
});
