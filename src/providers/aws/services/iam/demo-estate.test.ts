import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import { appliesTo, runRule, type Rule } from '../../../../core/rule.js';
import type { Status } from '../../../../core/verdict.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { awsAsset, fixtureContext } from '../../../../../test/support/assets.js';
import { scanWith } from '../../../../../test/support/aws.js';
import { rules } from '../../../../rules/aws/iam/index.js';
import { collectors } from './index.js';

/**
 * The IAM part of the demo estate, scanned for real with every IAM collector, shows each IAM rule failing
 * on the planted mistake and passing on its twin.
 */
async function scanDemoAccount(account: string): Promise<(rule: string, assetName: string) => Status> {
  const estate = await loadEstate('sim/estates/demo/iam.yaml');
  estate.organization = { id: 'o-demo000001', managementAccountId: '111111111111', memberRoleName: 'OrganizationAccountAccessRole' };
  const sim = await startSimulator({ estate });
  let assets: Asset[];
  try {
    const out = await scanWith(sim, collectors, { account });
    expect(out.errors).toEqual([]);
    assets = [...out.assets, awsAsset({ type: 'AWS::::Account', kind: 'account', region: 'global', account, id: `arn:aws:::account/${account}`, name: account })];
  } finally {
    await sim.close();
  }
  const ctx = fixtureContext(assets);
  return (ruleId, assetName) => {
    const rule = rules.find((r): r is Rule => r.id === `aws.iam.${ruleId}`)!;
    const asset = assets.find((a) => a.name === assetName && appliesTo(rule, a));
    if (!asset) throw new Error(`no ${assetName} asset for ${ruleId}`);
    return runRule(rule, asset, ctx).status;
  };
}

describe('demo estate: IAM', () => {
  it('management: hardened root and password policy, mixed users, policies and certificates', async () => {
    const v = await scanDemoAccount('111111111111');
    for (const r of ['root-no-access-keys', 'root-mfa-enabled', 'root-hardware-mfa']) expect([r, v(r, 'account-summary')]).toEqual([r, 'pass']);
    expect(v('root-not-used-recently', 'credential-report')).toBe('pass');
    for (const r of ['password-policy-min-length', 'password-policy-reuse-prevention', 'password-policy-strong']) expect([r, v(r, 'password-policy')]).toEqual([r, 'pass']);
    for (const r of ['user-console-mfa', 'user-credentials-unused-45-days', 'user-single-active-access-key', 'user-access-keys-rotated', 'user-no-direct-policies'])
      expect([r, v(r, 'alice.admin')]).toEqual([r, 'pass']);
    expect(v('user-console-mfa', 'bob.finance')).toBe('fail');
    expect(v('user-credentials-unused-45-days', 'carol.contractor')).toBe('fail');
    expect(v('user-credentials-unused-90-days', 'carol.contractor')).toBe('pass');
    expect(v('user-no-direct-policies', 'carol.contractor')).toBe('fail');
    expect(v('user-single-active-access-key', 'deploy-bot')).toBe('fail');
    expect(v('user-access-keys-rotated', 'deploy-bot')).toBe('fail');
    expect(v('user-credentials-unused-90-days', 'old-etl')).toBe('fail');
    expect(v('policy-no-full-admin', 'ci-deploy-admin')).toBe('fail');
    expect(v('policy-no-full-admin', 'legacy-admin-unused')).toBe('pass');
    expect(v('policy-no-full-admin', 'power-user-custom')).toBe('pass');
    expect(v('policy-no-service-wildcard', 'data-pipeline')).toBe('fail');
    expect(v('policy-no-service-wildcard', 'developer-tools')).toBe('pass');
    expect(v('no-administrator-access-attached', 'admins')).toBe('fail');
    expect(v('no-administrator-access-attached', 'auditors')).toBe('pass');
    expect(v('no-cloudshell-full-access', 'cloudshell-ops')).toBe('fail');
    expect(v('support-role-exists', '111111111111')).toBe('pass');
    expect(v('server-certificate-not-expired', 'legacy-portal-2024')).toBe('fail');
    expect(v('server-certificate-not-expired', 'partner-api-2027')).toBe('pass');
  });

  it('prod: root on virtual MFA and recently used, weak password policy, admin-equivalent NotAction policy', async () => {
    const v = await scanDemoAccount('222222222222');
    expect(v('root-mfa-enabled', 'account-summary')).toBe('pass');
    expect(v('root-hardware-mfa', 'account-summary')).toBe('fail');
    expect(v('root-not-used-recently', 'credential-report')).toBe('fail');
    for (const r of ['password-policy-min-length', 'password-policy-reuse-prevention', 'password-policy-strong']) expect([r, v(r, 'password-policy')]).toEqual([r, 'fail']);
    expect(v('user-access-keys-rotated', 'svc-payments-legacy')).toBe('fail');
    expect(v('user-console-mfa', 'ops.oncall')).toBe('pass');
    expect(v('policy-no-full-admin', 'payments-legacy-access')).toBe('fail');
    expect(v('policy-no-full-admin', 'app-backend-data')).toBe('pass');
    expect(v('support-role-exists', '222222222222')).toBe('pass');
  });

  it('dev: root keys and no MFA, no password policy, no support role', async () => {
    const v = await scanDemoAccount('333333333333');
    for (const r of ['root-no-access-keys', 'root-mfa-enabled', 'root-hardware-mfa']) expect([r, v(r, 'account-summary')]).toEqual([r, 'fail']);
    expect(v('root-not-used-recently', 'credential-report')).toBe('fail');
    expect(v('password-policy-min-length', 'password-policy')).toBe('fail');
    expect(v('user-console-mfa', 'dev.sandbox')).toBe('fail');
    expect(v('user-credentials-unused-45-days', 'dev.sandbox')).toBe('fail');
    expect(v('user-credentials-unused-45-days', 'ml-experiments')).toBe('fail');
    expect(v('user-credentials-unused-90-days', 'ml-experiments')).toBe('pass');
    expect(v('policy-no-full-admin', 'sandbox-everything')).toBe('fail');
    expect(v('support-role-exists', '333333333333')).toBe('fail');
  });
});
