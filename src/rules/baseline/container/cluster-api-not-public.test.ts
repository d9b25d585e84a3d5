import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { eksCluster } from '../../../../test/support/native-aws.js';
import { aksCluster } from '../../../../test/support/native-azure.js';
import { gkeCluster } from '../../../../test/support/native-gcp.js';
import { rule } from './cluster-api-not-public.js';

runBaselineCases(rule, {
  aws: [
    { name: 'private endpoint only', asset: eksCluster({}), expect: 'pass' },
    { name: 'public endpoint limited to an office range', asset: eksCluster({ resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } }), expect: 'pass' },
    { name: 'public endpoint open to 0.0.0.0/0', asset: eksCluster({ resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] } }), expect: 'fail' },
    { name: 'DescribeCluster denied', asset: withGap(eksCluster({}), 'cluster', 'DescribeCluster'), expect: 'unknown' },
  ],
  azure: [
    { name: 'private cluster', asset: aksCluster({}), expect: 'pass' },
    { name: 'public with authorized IP ranges', asset: aksCluster({ apiServerAccessProfile: { enablePrivateCluster: false, authorizedIPRanges: ['203.0.113.0/24'] } }), expect: 'pass' },
    { name: 'public without authorized ranges', asset: aksCluster({ apiServerAccessProfile: undefined }), expect: 'fail' },
    { name: 'not collected', asset: withGap(aksCluster({}), 'cluster'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'private endpoint', asset: gkeCluster({}), expect: 'pass' },
    { name: 'authorized networks', asset: gkeCluster({ privateClusterConfig: undefined, masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '203.0.113.0/24' }] } }), expect: 'pass' },
    { name: 'public without authorized networks', asset: gkeCluster({ privateClusterConfig: undefined }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gkeCluster({}), 'cluster'), expect: 'unknown' },
  ],
});
