import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './listener-tls-policy-modern.js';
import { lbAsset } from './support/fixtures.js';
import { minimumTls } from './support/tls-policies.js';

const https = (SslPolicy?: string) => ({ Port: 443, Protocol: 'HTTPS' as const, SslPolicy });

describe(rule.id, () => {
  it.each([
    ['TLS 1.3 with 1.2 fallback', lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP' }, https('ELBSecurityPolicy-TLS13-1-2-2021-06')] }), 'pass'],
    ['post-quantum policy', lbAsset('application', { listeners: [https('ELBSecurityPolicy-TLS13-1-2-PQ-2025-09')] }), 'pass'],
    ['NLB TLS listener on a forward-secrecy 1.2 policy', lbAsset('network', { listeners: [{ Port: 443, Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }] }), 'pass'],
    ['the API default 2016-08 (TLS 1.0)', lbAsset('application', { listeners: [https('ELBSecurityPolicy-2016-08')] }), 'fail'],
    ['one good, one TLS 1.1 listener', lbAsset('application', { listeners: [https('ELBSecurityPolicy-TLS13-1-2-2021-06'), { ...https('ELBSecurityPolicy-TLS-1-1-2017-01'), Port: 8443 }] }), 'fail'],
    ['TLS13 policy that keeps 1.0', lbAsset('application', { listeners: [https('ELBSecurityPolicy-TLS13-1-0-2021-06')] }), 'fail'],
    ['only plain listeners', lbAsset('network', { listeners: [{ Port: 5432, Protocol: 'TCP' }] }), 'not_applicable'],
    ['gateway load balancer', lbAsset('gateway', { listeners: [{ Port: 6081, Protocol: 'GENEVE' }] }), 'not_applicable'],
    ['a policy name Parapet cannot read', lbAsset('application', { listeners: [https('ELBSecurityPolicy-Future-2030-01')] }), 'unknown'],
    ['listeners denied', lbAsset('application', { listeners: null }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });

  it('points at the weak listener', () => {
    const v = runRule(rule, lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP' }, https('ELBSecurityPolicy-2016-08')] }), fixtureContext([]));
    expect(v.evidence).toEqual([{ path: 'config.listeners[1].SslPolicy', observed: 'ELBSecurityPolicy-2016-08 (TLS 1.0+)', expected: 'TLS 1.2 or later only' }]);
  });

  it.each([
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', '1.2'],
    ['ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', '1.3'],
    ['ELBSecurityPolicy-FS-1-1-2019-08', '1.1'],
    ['ELBSecurityPolicy-FS-2018-06', '1.0'],
  ])('reads %s as TLS %s and up', (policy, min) => {
    expect(minimumTls(policy)).toBe(min);
  });
});
