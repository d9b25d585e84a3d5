import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { rdsInstance } from '../../../../test/support/native-aws.js';
import { ALLOW_ALL_IPS, cosmosAccount, postgresServer, sqlServer } from '../../../../test/support/native-azure.js';
import { cloudSql } from '../../../../test/support/native-gcp.js';
import { rule } from './not-publicly-accessible.js';

runBaselineCases(rule, {
  aws: [
    { name: 'private', asset: rdsInstance({}), expect: 'pass' },
    { name: 'publicly accessible', asset: rdsInstance({ PubliclyAccessible: true }), expect: 'fail' },
    { name: 'not collected', asset: withGap(rdsInstance({}), 'instance'), expect: 'unknown' },
  ],
  azure: [
    { name: 'SQL server with an office range', asset: sqlServer(), expect: 'pass' },
    { name: 'SQL server with 0.0.0.0-255.255.255.255', asset: sqlServer({ firewallRules: [ALLOW_ALL_IPS] }), expect: 'fail' },
    { name: 'SQL server open rule but public network access disabled', asset: sqlServer({ server: { publicNetworkAccess: 'Disabled' }, firewallRules: [ALLOW_ALL_IPS] }), expect: 'pass' },
    { name: 'SQL server "Allow Azure services" only', asset: sqlServer({ firewallRules: [{ name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }] }), expect: 'pass' },
    { name: 'PostgreSQL flexible open to all', asset: postgresServer({ firewallRules: [ALLOW_ALL_IPS] }), expect: 'fail' },
    { name: 'Cosmos DB public with no filters', asset: cosmosAccount({ publicNetworkAccess: 'Enabled' }), expect: 'fail' },
    { name: 'Cosmos DB public but limited to IP rules', asset: cosmosAccount({ publicNetworkAccess: 'Enabled', ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }] }), expect: 'pass' },
    { name: 'Cosmos DB public network access disabled', asset: cosmosAccount({}), expect: 'pass' },
    { name: 'SQL firewall rules denied', asset: withGap(sqlServer(), 'firewallRules'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'private IP only', asset: cloudSql({}), expect: 'pass' },
    { name: 'public IP with 0.0.0.0/0 authorized', asset: cloudSql({ ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: '0.0.0.0/0' }] } }), expect: 'fail' },
    { name: 'public IP with an office range', asset: cloudSql({ ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: '203.0.113.0/24' }] } }), expect: 'pass' },
    { name: 'not collected', asset: withGap(cloudSql({}), 'instance'), expect: 'unknown' },
  ],
});
