import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { securityGroup, sshRule } from '../../../../test/support/native-aws.js';
import { nsg, nsgRule } from '../../../../test/support/native-azure.js';
import { firewall } from '../../../../test/support/native-gcp.js';
import { rule } from './no-database-ports-from-internet.js';

runBaselineCases(rule, {
  aws: [
    { name: 'HTTPS only', asset: securityGroup([sshRule('0.0.0.0/0', 443)]), expect: 'pass' },
    { name: 'PostgreSQL from 0.0.0.0/0', asset: securityGroup([sshRule('0.0.0.0/0', 5432)]), expect: 'fail' },
    { name: 'MongoDB from a security group only', asset: securityGroup([{ IpProtocol: 'tcp', FromPort: 27017, ToPort: 27017, UserIdGroupPairs: [{ GroupId: 'sg-app' }] }]), expect: 'pass' },
    { name: 'not collected', asset: withGap(securityGroup([]), 'securityGroup'), expect: 'unknown' },
  ],
  azure: [
    { name: 'SQL from VirtualNetwork', asset: nsg([nsgRule('sql', 200, '1433', 'VirtualNetwork')]), expect: 'pass' },
    { name: 'Redis from Internet', asset: nsg([nsgRule('redis', 200, '6379')]), expect: 'fail' },
    { name: 'MySQL from Internet shadowed by Deny *', asset: nsg([nsgRule('deny-all', 100, '*', '*', 'Deny', '*'), nsgRule('mysql', 200, '3306')]), expect: 'pass' },
    { name: 'not collected', asset: withGap(nsg([]), 'nsg'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'Elasticsearch from internal ranges', asset: firewall({ sourceRanges: ['10.0.0.0/8'], allowed: [{ IPProtocol: 'tcp', ports: ['9200'] }] }), expect: 'pass' },
    { name: 'Elasticsearch in a range from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['9000-9999'] }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(firewall({}), 'firewall'), expect: 'unknown' },
  ],
});
