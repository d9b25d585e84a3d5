import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './alb-http-redirects-to-https.js';
import { lbAsset } from './support/fixtures.js';

const redirect = (Protocol: string) => [{ Type: 'redirect' as const, RedirectConfig: { Protocol, Port: '443', StatusCode: 'HTTP_301' as const } }];
const forward = [{ Type: 'forward' as const, TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef' }];
const https = { Port: 443, Protocol: 'HTTPS' as const, DefaultActions: forward };

describe(rule.id, () => {
  it.each([
    ['HTTP redirects to HTTPS', lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: redirect('HTTPS') }, https] }), 'pass'],
    ['HTTPS only', lbAsset('application', { listeners: [https] }), 'pass'],
    ['HTTP forwards to targets', lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: forward }, https] }), 'fail'],
    ['HTTP redirects keeping the protocol', lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: redirect('#{protocol}') }] }), 'fail'],
    ['one of two HTTP listeners forwards', lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: redirect('HTTPS') }, { Port: 8080, Protocol: 'HTTP', DefaultActions: forward }] }), 'fail'],
    ['NLB', lbAsset('network', { listeners: [{ Port: 80, Protocol: 'TCP' }] }), 'not_applicable'],
    ['listeners denied', lbAsset('application', { listeners: null }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (status === 'fail') expect(v.evidence.some((e) => e.path.endsWith('.DefaultActions'))).toBe(true);
  });

  it('names the listener that serves plain HTTP', () => {
    const v = runRule(rule, lbAsset('application', { listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: redirect('HTTPS') }, { Port: 8080, Protocol: 'HTTP', DefaultActions: forward }] }), fixtureContext([]));
    expect(v.reason).toContain('HTTP:8080');
    expect(v.reason).not.toContain('HTTP:80,');
  });
});
