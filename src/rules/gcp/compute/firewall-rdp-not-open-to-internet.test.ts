import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './firewall-rdp-not-open-to-internet.js';
import { denied, firewall } from './support/net-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['tcp:3389 from anywhere', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] }, 'fail'],
    ['ssh only from anywhere', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }, 'pass'],
    ['3389 from a corporate range', { sourceRanges: ['198.51.100.0/24'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] }, 'pass'],
  ])('%s -> %s', (_n, fw, status) => {
    expect(runRule(rule, firewall(fw), fixtureContext([])).status).toBe(status);
  });

  it('is unknown when firewalls could not be listed', () => {
    expect(runRule(rule, denied(GCP.firewall, 'firewall', 'compute.firewalls.list'), fixtureContext([])).status).toBe('unknown');
  });
});
