import { describe, expect, it } from 'vitest';
import type { FirewallEntry } from '../../../core/facets.js';
import { exposedAllPorts, exposedPort } from './firewall-exposure.js';

const e = (over: Partial<FirewallEntry>): FirewallEntry => ({ direction: 'ingress', action: 'allow', protocol: 'tcp', ports: [{ from: 22, to: 22 }], peers: ['0.0.0.0/0'], ref: 'r', ...over });

describe('firewall exposure', () => {
  it('an internet allow on the port is exposed', () => {
    expect(exposedPort({ entries: [e({})] }, 22)).toHaveLength(1);
  });

  it('a higher-priority deny of the same port shadows it; a lower-priority one does not', () => {
    expect(exposedPort({ entries: [e({ priority: 200 }), e({ action: 'deny', priority: 100 })] }, 22)).toHaveLength(0);
    expect(exposedPort({ entries: [e({ priority: 200 }), e({ action: 'deny', priority: 300 })] }, 22)).toHaveLength(1);
  });

  it('a deny from a narrower source does not shadow an internet allow', () => {
    expect(exposedPort({ entries: [e({ priority: 200 }), e({ action: 'deny', priority: 100, peers: ['10.0.0.0/8'] })] }, 22)).toHaveLength(1);
  });

  it('a deny for UDP does not shadow TCP; a deny for all protocols does', () => {
    expect(exposedPort({ entries: [e({ priority: 200 }), e({ action: 'deny', priority: 100, protocol: 'udp' })] }, 22)).toHaveLength(1);
    expect(exposedPort({ entries: [e({ priority: 200 }), e({ action: 'deny', priority: 100, protocol: 'all', ports: [{ from: 0, to: 65535 }] })] }, 22)).toHaveLength(0);
  });

  it('without priorities (security groups) nothing is shadowed, and egress never counts', () => {
    expect(exposedPort({ entries: [e({}), e({ action: 'deny' })] }, 22)).toHaveLength(1);
    expect(exposedPort({ entries: [e({ direction: 'egress' })] }, 22)).toHaveLength(0);
  });

  it('IPv6 anywhere counts as the internet; disabled firewalls admit nothing', () => {
    expect(exposedPort({ entries: [e({ peers: ['::/0'] })] }, 22)).toHaveLength(1);
    expect(exposedPort({ entries: [e({})], disabled: true }, 22)).toHaveLength(0);
  });

  it('all ports: protocol all or the full TCP range, unless a covering deny wins', () => {
    expect(exposedAllPorts({ entries: [e({ protocol: 'all', ports: [{ from: 0, to: 65535 }] })] })).toHaveLength(1);
    expect(exposedAllPorts({ entries: [e({ ports: [{ from: 1, to: 65535 }] })] })).toHaveLength(1);
    expect(exposedAllPorts({ entries: [e({ ports: [{ from: 1, to: 1024 }] })] })).toHaveLength(0);
    expect(exposedAllPorts({ entries: [e({ protocol: 'all', ports: [{ from: 0, to: 65535 }], priority: 200 }), e({ action: 'deny', protocol: 'all', ports: [{ from: 0, to: 65535 }], priority: 100 })] })).toHaveLength(0);
  });
});
