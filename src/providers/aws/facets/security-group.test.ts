import { describe, expect, it } from 'vitest';
import { derive } from '../../../../test/support/facet-fixtures.js';
import { securityGroup, trail } from '../../../../test/support/native-aws.js';

describe('security group facets', () => {
  it('maps protocols and ports: -1 is all ports, icmp has none, numbers become names', () => {
    const f = derive(securityGroup([
      { IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
      { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      { IpProtocol: '6', FromPort: 80, ToPort: 81, Ipv6Ranges: [{ CidrIpv6: '::/0' }], UserIdGroupPairs: [{ GroupId: 'sg-2' }], PrefixListIds: [{ PrefixListId: 'pl-1' }] },
    ])).facets;
    expect(f.entries).toEqual([
      { direction: 'ingress', action: 'allow', protocol: 'all', ports: [{ from: 0, to: 65535 }], peers: ['10.0.0.0/8'], ref: 'IpPermissions[0]' },
      { direction: 'ingress', action: 'allow', protocol: 'icmp', ports: [], peers: ['0.0.0.0/0'], ref: 'IpPermissions[1]' },
      { direction: 'ingress', action: 'allow', protocol: 'tcp', ports: [{ from: 80, to: 81 }], peers: ['::/0', 'sg-2', 'pl-1'], ref: 'IpPermissions[2]' },
      { direction: 'egress', action: 'allow', protocol: 'all', ports: [{ from: 0, to: 65535 }], peers: ['0.0.0.0/0'], ref: 'IpPermissionsEgress[0]' },
    ]);
  });
});

describe('CloudTrail trail facets', () => {
  it('data access from basic data resources or advanced Data selectors', () => {
    const basic = derive(trail({}));
    expect(basic.facets).toMatchObject({ enabled: true, allRegionsAndServices: true, durableDestination: true, integrityProtected: true, dataAccess: false });
    const advanced = derive({ ...trail({}), config: { ...trail({}).config, eventSelectors: { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }] } } });
    expect(advanced.facets.dataAccess).toBe(true);
  });
  it('a multi-region trail without global service events does not cover all services', () => {
    expect(derive(trail({ IncludeGlobalServiceEvents: false })).facets.allRegionsAndServices).toBe(false);
  });
});
