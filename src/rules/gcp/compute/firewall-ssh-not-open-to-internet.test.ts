import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './firewall-ssh-not-open-to-internet.js';
import { denied, firewall } from './support/net-fixtures.js';

const WORLD = ['0.0.0.0/0'];

describe(rule.id, () => {
  it.each([
    ['tcp:22 from anywhere', { sourceRanges: WORLD, allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'fail'],
    ['a port range containing 22', { sourceRanges: WORLD, allowed: [{ IPProtocol: 'tcp', ports: ['20-25'] }] }, 'fail'],
    ['all TCP ports (no ports)', { sourceRanges: WORLD, allowed: [{ IPProtocol: 'tcp' }] }, 'fail'],
    ['all protocols', { direction: 'INGRESS', sourceRanges: ['10.0.0.0/8', '0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] }, 'fail'],
    ['IPv6 anywhere', { sourceRanges: ['::/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'fail'],
    ['from IAP only', { sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'pass'],
    ['other port from anywhere', { sourceRanges: WORLD, allowed: [{ IPProtocol: 'tcp', ports: ['443'] }] }, 'pass'],
    ['udp 22', { sourceRanges: WORLD, allowed: [{ IPProtocol: 'udp', ports: ['22'] }] }, 'pass'],
    ['disabled rule', { disabled: true, sourceRanges: WORLD, allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'pass'],
    ['egress rule', { direction: 'EGRESS', destinationRanges: WORLD, allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'pass'],
  ])('%s -> %s', (_n, fw, status) => {
    const v = runRule(rule, firewall(fw), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when firewalls could not be listed', () => {
    expect(runRule(rule, denied(GCP.firewall, 'firewall', 'compute.firewalls.list'), fixtureContext([])).status).toBe('unknown');
  });
});
