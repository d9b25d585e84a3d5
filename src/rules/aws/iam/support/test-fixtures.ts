/**
 * Fixture assets for the IAM rule tests (observed at 2026-11-29T00:00:00Z, account 111122223333). Built
 * here rather than with test/support so that this file, which ships under src/, imports nothing from test/.
 */
import type { Asset } from '../../../../core/asset.js';
import type { CredentialRow } from './credential-row.js';

export const ACCOUNT = '111122223333';
export const OBSERVED_AT = '2026-11-29T00:00:00.000Z';

function awsAsset(init: Pick<Asset, 'type' | 'kind' | 'id'> & { name?: string; config: Record<string, unknown>; gaps: Asset['gaps'] }): Asset {
  return {
    provider: 'aws',
    account: ACCOUNT,
    region: 'global',
    name: init.name ?? init.id.split(':').pop() ?? init.id,
    tags: {},
    facets: {},
    source: { type: 'api' },
    observedAt: OBSERVED_AT,
    ...init,
  };
}

/** A credential report row for a compliant, active user: password with MFA, one fresh key in use. */
export function row(overrides: Partial<CredentialRow> = {}): CredentialRow {
  return {
    user: 'alice',
    arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    user_creation_time: '2025-01-10T09:00:00+00:00',
    password_enabled: 'true',
    password_last_used: '2026-11-27T08:00:00+00:00',
    password_last_changed: '2026-09-01T09:00:00+00:00',
    password_next_rotation: 'N/A',
    mfa_active: 'true',
    access_key_1_active: 'true',
    access_key_1_last_rotated: '2026-10-15T09:00:00+00:00',
    access_key_1_last_used_date: '2026-11-28T12:00:00+00:00',
    access_key_1_last_used_region: 'us-east-1',
    access_key_1_last_used_service: 's3',
    access_key_2_active: 'false',
    access_key_2_last_rotated: 'N/A',
    access_key_2_last_used_date: 'N/A',
    access_key_2_last_used_region: 'N/A',
    access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false',
    cert_1_last_rotated: 'N/A',
    cert_2_active: 'false',
    cert_2_last_rotated: 'N/A',
    ...overrides,
  };
}

export function userAsset(config: Record<string, unknown>, gaps: Asset['gaps'] = {}): Asset {
  return awsAsset({ type: 'AWS::IAM::User', kind: 'identity.user', id: `arn:aws:iam::${ACCOUNT}:user/alice`, name: 'alice', config, gaps });
}

export function summaryAsset(summaryMap: Record<string, number> | undefined, extra: Record<string, unknown> = {}, gaps: Asset['gaps'] = {}): Asset {
  const config = summaryMap === undefined ? extra : { summary: { SummaryMap: summaryMap }, ...extra };
  return awsAsset({ type: 'AWS::IAM::AccountSummary', kind: 'account.setting', id: `arn:aws:iam::${ACCOUNT}:account-summary`, config, gaps });
}

export function passwordPolicyAsset(policy: Record<string, unknown> | null | undefined, gaps: Asset['gaps'] = {}): Asset {
  const config = policy === undefined ? {} : { policy: policy === null ? null : { PasswordPolicy: policy } };
  return awsAsset({ type: 'AWS::IAM::PasswordPolicy', kind: 'account.setting', id: `arn:aws:iam::${ACCOUNT}:password-policy`, config, gaps });
}

export function managedPolicyAsset(document: unknown, attachments = 1, gaps: Asset['gaps'] = {}): Asset {
  const config =
    document === undefined
      ? {}
      : { policy: { PolicyName: 'p', Arn: `arn:aws:iam::${ACCOUNT}:policy/p`, DefaultVersionId: 'v2', AttachmentCount: attachments, PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: document }] } };
  return awsAsset({ type: 'AWS::IAM::Policy', kind: 'identity.policy', id: `arn:aws:iam::${ACCOUNT}:policy/p`, name: 'p', config, gaps });
}
