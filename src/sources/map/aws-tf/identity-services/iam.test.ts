import { describe, expect, it } from 'vitest';
import { iacResource, mapContext, verdictOf, unknownAttr as ref } from '../../../../../test/support/iac.js';
import type { Asset } from '../../../../core/asset.js';
import { Unknown, type IacResource } from '../../../model.js';
import { awsTfIdentityServicesMappers } from './index.js';

const ACCOUNT = '111122223333';
const provider = { region: 'us-east-1', allowed_account_ids: [ACCOUNT] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: provider, ...extra });

function mapAll(resources: IacResource[]): Asset[] {
  const ctx = mapContext();
  return awsTfIdentityServicesMappers.flatMap((m) => m.map(resources, ctx));
}
function byId(assets: Asset[], id: string): Asset {
  const a = assets.find((x) => x.id === id);
  if (!a) throw new Error(`no asset ${id} among ${assets.map((x) => x.id).join(', ')}`);
  return a;
}

const ADMIN = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const READ = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] });
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
/** A self-signed certificate valid until 2036-11-27. */
const CERT = `-----BEGIN CERTIFICATE-----
MIIB+jCCAWOgAwIBAgIUGrkFiqK0C71mUvmsFrAzgum0Ib8wDQYJKoZIhvcNAQEL
BQAwDzENMAsGA1UEAwwEdGVzdDAeFw0yNjExMzAwMDA2NTdaFw0zNjExMjcwMDA2
NTdaMA8xDTALBgNVBAMMBHRlc3QwgZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGB
AK50NluyehKfThyNdTc6QzQ5clpbicyBijJ6Lm8/UJbL3iNo1XFCf1KaACkfS1UY
blGQ8YlmGW974ei8T5ASczkoLY0xCFWvbeXAGuN2Rc70REwPkVJWeFvtcFZ431qj
eIWhGS9dKcqhv7j2apnGghCY82bNGtet54BokuME5wzlAgMBAAGjUzBRMB0GA1Ud
DgQWBBSTyW8MtgA1hw5SsOlVBH8XIR+ufjAfBgNVHSMEGDAWgBSTyW8MtgA1hw5S
sOlVBH8XIR+ufjAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4GBAKLR
IRIAw8HgaDs/cmFCmpA9uP7gndcLkexca49gvw/W0BUiOPjSpqP2b2m+KyKY5SRv
55aaz+VDkwezE+a5fqjd5CXqO/m64nyip0Iup5cZc3xtLfoEECOW8FTAFZcEaDW5
IDQjaS4d5LPJmwJRKUoAOg7JXr/W9+XpEzfpQQP2
-----END CERTIFICATE-----`;

describe('IAM users', () => {
  it('merges inline policies, attachments and group memberships into the UserDetail', () => {
    const assets = mapAll([
      res('aws_iam_user', 'alice', { name: 'alice', tags: { team: 'core' } }),
      res('aws_iam_group', 'dev', { name: 'developers' }),
      res('aws_iam_policy', 'read', { name: 'read-s3', policy: READ }),
      // by known name
      res('aws_iam_user_policy', 'inline', { name: 'inline-read', user: 'alice', policy: READ }),
      // through references (computed attributes)
      res('aws_iam_user_policy_attachment', 'att', { user: ref('aws_iam_user.alice.id'), policy_arn: ref('aws_iam_policy.read.arn') }),
      res('aws_iam_user_policy_attachment', 'admin', { user: 'alice', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
      res('aws_iam_user_group_membership', 'm', { user: 'alice', groups: [ref('aws_iam_group.dev.id')] }),
    ]);
    const u = byId(assets, USER);
    expect(u).toMatchObject({ type: 'AWS::IAM::User', kind: 'identity.user', name: 'alice', account: ACCOUNT, region: 'global', tags: { team: 'core' } });
    expect(u.config.details).toEqual({
      Path: '/',
      UserName: 'alice',
      Arn: USER,
      UserPolicyList: [{ PolicyName: 'inline-read', PolicyDocument: JSON.parse(READ) }],
      GroupList: ['developers'],
      AttachedManagedPolicies: [
        { PolicyName: 'read-s3', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/read-s3` },
        { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      ],
      Tags: [{ Key: 'team', Value: 'core' }],
    });
    expect(verdictOf('aws.iam.user-no-direct-policies', u)).toBe('fail');
    expect(verdictOf('aws.iam.no-administrator-access-attached', u)).toBe('fail');
    const g = byId(assets, `arn:aws:iam::${ACCOUNT}:group/developers`);
    expect(g).toMatchObject({ type: 'AWS::IAM::Group', kind: 'identity.group' });
    expect(verdictOf('aws.iam.no-administrator-access-attached', g)).toBe('pass');
  });

  it('does not join resources of another module by name', () => {
    const assets = mapAll([res('aws_iam_user', 'alice', { name: 'alice' }), res('aws_iam_user_policy', 'p', { name: 'x', user: 'alice', policy: READ }, { module: 'module.other' })]);
    const u = byId(assets, USER);
    expect((u.config.details as { UserPolicyList: unknown[] }).UserPolicyList).toEqual([]);
    expect(verdictOf('aws.iam.user-no-direct-policies', u)).toBe('pass');
  });

  it('adds groups from aws_iam_group_membership and aws_iam_policy_attachment lists', () => {
    const assets = mapAll([
      res('aws_iam_user', 'alice', { name: 'alice' }),
      res('aws_iam_user', 'bob', { name: 'bob' }),
      res('aws_iam_group', 'ops', { name: 'ops' }),
      res('aws_iam_group_membership', 'ops', { name: 'ops-members', group: ref('aws_iam_group.ops.name'), users: [ref('aws_iam_user.alice.name'), 'bob'] }),
      res('aws_iam_policy_attachment', 'shell', { name: 'shell', users: ['bob'], groups: ['ops'], policy_arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess' }),
    ]);
    expect((byId(assets, USER).config.details as { GroupList: string[] }).GroupList).toEqual(['ops']);
    const bob = byId(assets, `arn:aws:iam::${ACCOUNT}:user/bob`);
    expect(bob.config.details).toMatchObject({ GroupList: ['ops'], AttachedManagedPolicies: [{ PolicyName: 'AWSCloudShellFullAccess' }] });
    expect(verdictOf('aws.iam.no-cloudshell-full-access', bob)).toBe('fail');
    expect(verdictOf('aws.iam.no-cloudshell-full-access', byId(assets, USER))).toBe('pass');
    expect(verdictOf('aws.iam.no-cloudshell-full-access', byId(assets, `arn:aws:iam::${ACCOUNT}:group/ops`))).toBe('fail');
  });

  it('a user without password or key has a known credential row: every credential rule passes', () => {
    const u = byId(mapAll([res('aws_iam_user', 'alice', { name: 'alice' })]), USER);
    expect(u.config.credentials).toMatchObject({ user: 'alice', arn: USER, password_enabled: 'false', access_key_1_active: 'false', access_key_2_active: 'false' });
    for (const rule of ['aws.iam.user-console-mfa', 'aws.iam.user-access-keys-rotated', 'aws.iam.user-credentials-unused-45-days', 'aws.iam.user-single-active-access-key']) expect(verdictOf(rule, u), rule).toBe('pass');
  });

  it('a console password without declared MFA, or an active key, leaves the credential rules unknown', () => {
    const assets = mapAll([
      res('aws_iam_user', 'alice', { name: 'alice' }),
      res('aws_iam_user_login_profile', 'alice', { user: ref('aws_iam_user.alice.name') }),
      res('aws_iam_virtual_mfa_device', 'alice', { virtual_mfa_device_name: 'alice' }),
      res('aws_iam_user', 'bob', { name: 'bob' }),
      res('aws_iam_access_key', 'bob', { user: 'bob' }),
    ]);
    const alice = byId(assets, USER);
    expect(alice.config.credentials).toBeUndefined();
    expect(alice.gaps.credentials).toMatchObject({ code: 'NotInConfiguration', service: 'iam', message: expect.stringContaining('console password (aws_iam_user_login_profile.alice)') });
    expect(verdictOf('aws.iam.user-console-mfa', alice)).toBe('unknown');
    expect(verdictOf('aws.iam.user-credentials-unused-45-days', alice)).toBe('unknown');
    const bob = byId(assets, `arn:aws:iam::${ACCOUNT}:user/bob`);
    expect(bob.gaps.credentials?.message).toContain('1 active access key(s) (aws_iam_access_key.bob)');
    expect(verdictOf('aws.iam.user-access-keys-rotated', bob)).toBe('unknown');
    expect(verdictOf('baseline.identity.long-lived-keys-rotated', bob)).toBe('unknown');
  });

  it('an inactive key alone keeps the row known, with the key reported inactive', () => {
    const u = byId(mapAll([res('aws_iam_user', 'alice', { name: 'alice' }), res('aws_iam_access_key', 'old', { user: 'alice', status: 'Inactive' })]), USER);
    expect(u.config.credentials).toMatchObject({ access_key_1_active: 'false' });
    expect(verdictOf('aws.iam.user-single-active-access-key', u)).toBe('pass');
    expect(verdictOf('aws.iam.user-access-keys-rotated', u)).toBe('pass');
  });

  it('uses an iac: id when the account is not pinned, and gaps an inline policy that is not JSON', () => {
    const ctx = mapContext();
    const assets = awsTfIdentityServicesMappers.flatMap((m) =>
      m.map([iacResource('aws_iam_user', 'u', { name: 'carol' }), iacResource('aws_iam_user_policy', 'bad', { name: 'bad', user: 'carol', policy: '{ not json' }, { file: 'iam.tf', line: 7, lines: { policy: 9 } })], ctx),
    );
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'iam.tf', line: 9, code: 'MalformedPolicyDocument', message: expect.stringContaining('aws_iam_user_policy.bad: policy is not valid JSON') })]);
    const u = byId(assets, 'iac:.#aws_iam_user.u');
    expect(u).toMatchObject({ account: 'unknown', name: 'carol' });
    expect(u.gaps.details).toMatchObject({ code: 'MalformedPolicyDocument', resource: 'aws_iam_user.u' });
    expect(verdictOf('aws.iam.user-no-direct-policies', u)).toBe('unknown');
  });

  it('an inline policy with a document not known before apply is an UnknownUntilApply gap', () => {
    const assets = mapAll([res('aws_iam_user', 'alice', { name: 'alice' }), res('aws_iam_user_policy', 'p', { name: 'p', user: 'alice', policy: new Unknown('data source', []) })]);
    const u = byId(assets, USER);
    expect(u.gaps.details?.code).toBe('UnknownUntilApply');
  });
});

describe('IAM roles, policies and account settings', () => {
  it('parses the trust policy and merges inline blocks, managed_policy_arns and role policy resources', () => {
    const assets = mapAll([
      res('aws_iam_role', 'fn', {
        name: 'fn-role',
        path: '/service/',
        assume_role_policy: TRUST,
        inline_policy: [{ name: 'logs', policy: READ }],
        managed_policy_arns: ['arn:aws:iam::aws:policy/AWSSupportAccess'],
      }),
      res('aws_iam_role_policy', 'extra', { name: 'extra', role: ref('aws_iam_role.fn.id'), policy: READ }),
      res('aws_iam_role_policy_attachment', 'admin', { role: 'fn-role', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
      res('aws_iam_instance_profile', 'fn', { name: 'fn-profile', role: ref('aws_iam_role.fn.name') }),
    ]);
    const role = byId(assets, `arn:aws:iam::${ACCOUNT}:role/service/fn-role`);
    expect(role).toMatchObject({ type: 'AWS::IAM::Role', kind: 'identity.role', name: 'fn-role' });
    expect(role.config.details).toMatchObject({
      Path: '/service/',
      RoleName: 'fn-role',
      AssumeRolePolicyDocument: JSON.parse(TRUST),
      RolePolicyList: [{ PolicyName: 'logs' }, { PolicyName: 'extra' }],
      AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }, { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      InstanceProfileList: [{ InstanceProfileName: 'fn-profile', Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/fn-profile` }],
    });
    expect(verdictOf('aws.iam.no-administrator-access-attached', role)).toBe('fail');
  });

  it('a policy granting *:* that is attached fails the full-admin rule; unattached or scoped passes', () => {
    const assets = mapAll([
      res('aws_iam_policy', 'admin', { name: 'admin', policy: ADMIN }),
      res('aws_iam_policy', 'idle', { name: 'idle', policy: ADMIN }),
      res('aws_iam_policy', 'read', { name: 'read', policy: READ }),
      res('aws_iam_role', 'r', { name: 'r', assume_role_policy: TRUST }),
      res('aws_iam_role_policy_attachment', 'a', { role: 'r', policy_arn: ref('aws_iam_policy.admin.arn') }),
      res('aws_iam_policy_attachment', 'b', { name: 'b', roles: ['r'], users: [], groups: [], policy_arn: `arn:aws:iam::${ACCOUNT}:policy/read` }),
    ]);
    const admin = byId(assets, `arn:aws:iam::${ACCOUNT}:policy/admin`);
    expect(admin).toMatchObject({ type: 'AWS::IAM::Policy', kind: 'identity.policy' });
    expect(admin.config.policy).toMatchObject({ PolicyName: 'admin', AttachmentCount: 1, PolicyVersionList: [{ IsDefaultVersion: true, Document: JSON.parse(ADMIN) }] });
    expect(verdictOf('aws.iam.policy-no-full-admin', admin)).toBe('fail');
    expect(verdictOf('aws.iam.policy-no-full-admin', byId(assets, `arn:aws:iam::${ACCOUNT}:policy/idle`))).toBe('pass');
    const read = byId(assets, `arn:aws:iam::${ACCOUNT}:policy/read`);
    expect((read.config.policy as { AttachmentCount: number }).AttachmentCount).toBe(1);
    expect(verdictOf('aws.iam.policy-no-full-admin', read)).toBe('pass');
    const role = byId(assets, `arn:aws:iam::${ACCOUNT}:role/r`);
    expect((role.config.details as { AttachedManagedPolicies: unknown[] }).AttachedManagedPolicies).toEqual([
      { PolicyName: 'admin', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/admin` },
      { PolicyName: 'read', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/read` },
    ]);
  });

  it('an attachment list not known before apply makes the attachment count (and the policy aspect) unknown', () => {
    const assets = mapAll([res('aws_iam_policy', 'admin', { name: 'admin', policy: ADMIN }), res('aws_iam_policy_attachment', 'b', { name: 'b', users: new Unknown('var.users'), policy_arn: ref('aws_iam_policy.admin.arn') })]);
    const admin = byId(assets, `arn:aws:iam::${ACCOUNT}:policy/admin`);
    expect(admin.gaps.policy?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.iam.policy-no-full-admin', admin)).toBe('unknown');
  });

  it('an attachment of a policy not known before apply makes the module\'s policy counts unknown', () => {
    const assets = mapAll([res('aws_iam_policy', 'admin', { name: 'admin', policy: ADMIN }), res('aws_iam_role_policy_attachment', 'x', { role: 'r', policy_arn: new Unknown('var.policy_arn') })]);
    expect(verdictOf('aws.iam.policy-no-full-admin', byId(assets, `arn:aws:iam::${ACCOUNT}:policy/admin`))).toBe('unknown');
  });

  it('maps the password policy with IAM defaults for omitted settings', () => {
    const weak = byId(mapAll([res('aws_iam_account_password_policy', 'p', { minimum_password_length: 14, require_symbols: true })]), `arn:aws:iam::${ACCOUNT}:password-policy`);
    expect(weak).toMatchObject({ type: 'AWS::IAM::PasswordPolicy', kind: 'account.setting', name: 'password-policy' });
    expect(weak.config.policy).toEqual({
      PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false, AllowUsersToChangePassword: true, ExpirePasswords: false, HardExpiry: false },
    });
    expect(verdictOf('aws.iam.password-policy-strong', weak)).toBe('fail');
    const strong = byId(
      mapAll([res('aws_iam_account_password_policy', 'p', { minimum_password_length: 14, require_symbols: true, require_numbers: true, require_uppercase_characters: true, require_lowercase_characters: true, password_reuse_prevention: 24, max_password_age: 90 })]),
      `arn:aws:iam::${ACCOUNT}:password-policy`,
    );
    expect(strong.config.policy).toMatchObject({ PasswordPolicy: { PasswordReusePrevention: 24, MaxPasswordAge: 90, ExpirePasswords: true } });
    expect(verdictOf('aws.iam.password-policy-strong', strong)).toBe('pass');
    expect(verdictOf('aws.iam.password-policy-reuse-prevention', strong)).toBe('pass');
  });

  it('reads a server certificate expiry from its body; a body that is not PEM is a gap', () => {
    const good = byId(mapAll([res('aws_iam_server_certificate', 'web', { name: 'web', certificate_body: CERT, private_key: 'x' })]), `arn:aws:iam::${ACCOUNT}:server-certificate/web`);
    expect(good).toMatchObject({ type: 'AWS::IAM::ServerCertificate', kind: 'crypto.certificate', name: 'web' });
    expect(good.config.metadata).toMatchObject({ Path: '/', ServerCertificateName: 'web', Expiration: new Date('2036-11-27T00:06:57Z') });
    expect(verdictOf('aws.iam.server-certificate-not-expired', good)).toBe('pass');
    const assets = mapAll([res('aws_iam_server_certificate', 'bad', { name: 'bad', certificate_body: 'not a certificate', private_key: 'x' })]);
    const bad = byId(assets, `arn:aws:iam::${ACCOUNT}:server-certificate/bad`);
    expect(bad.gaps.metadata?.code).toBe('MalformedCertificate');
    expect(verdictOf('aws.iam.server-certificate-not-expired', bad)).toBe('unknown');
  });
});

describe('IAM joins that cannot be resolved', () => {
  it('an attachment or key whose user is not known before apply makes the module\'s users unknown, not clean', () => {
    const assets = mapAll([
      res('aws_iam_user', 'alice', { name: 'alice' }),
      res('aws_iam_user_policy_attachment', 'a', { user: new Unknown('var.user'), policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
      res('aws_iam_access_key', 'k', { user: new Unknown('var.user') }),
    ]);
    const u = byId(assets, USER);
    expect(u.gaps.details).toMatchObject({ code: 'UnknownUntilApply', message: expect.stringContaining('aws_iam_user_policy_attachment.a') });
    expect(u.gaps.credentials?.message).toContain('aws_iam_access_key.k');
    expect(verdictOf('aws.iam.no-administrator-access-attached', u)).toBe('unknown');
    expect(verdictOf('aws.iam.user-single-active-access-key', u)).toBe('unknown');
    // A user named outside the configuration (data source) leaves this user as declared.
    const other = mapAll([res('aws_iam_user', 'alice', { name: 'alice' }), res('aws_iam_access_key', 'k', { user: new Unknown('data', ['data.aws_iam_user.ext']) })]);
    expect(verdictOf('aws.iam.user-single-active-access-key', byId(other, USER))).toBe('pass');
  });

  it('applies provider default_tags under the resource tags', () => {
    const u = byId(mapAll([res('aws_iam_user', 'alice', { name: 'alice', tags: { team: 'core' } }, { providerConfig: { ...provider, default_tags: [{ tags: { env: 'prod', team: 'x' } }] } })]), USER);
    expect(u.tags).toEqual({ env: 'prod', team: 'core' });
  });

  it('maps 1,000 users with attachments quickly (no per-resource scans)', () => {
    const resources: IacResource[] = [];
    for (let i = 0; i < 500; i++) {
      resources.push(res('aws_iam_user', `u${i}`, { name: `user-${i}` }));
      resources.push(res('aws_iam_user_policy_attachment', `a${i}`, { user: `user-${i}`, policy_arn: ref('aws_iam_policy.p.arn') }));
    }
    resources.push(res('aws_iam_policy', 'p', { name: 'p', policy: READ }));
    const started = performance.now();
    const assets = mapAll(resources);
    expect(performance.now() - started).toBeLessThan(500);
    expect(assets).toHaveLength(501);
    expect((byId(assets, `arn:aws:iam::${ACCOUNT}:policy/p`).config.policy as { AttachmentCount: number }).AttachmentCount).toBe(500);
  });
});
