/**
 * Benchmark sections for `global.iam`: users, roles, groups, customer managed policies and server
 * certificates with a realistic share of mistakes (console users without MFA, stale and unrotated keys,
 * second active keys, user-attached policies, admin and service-wildcard policies, expired certificates,
 * weak or missing password policy, root without MFA or with keys). Counted as the collectors count assets:
 * one per user, role, group, policy and certificate, plus the password policy, credential report and
 * account summary.
 */
import type { ResourceGenerator } from '../../generator.js';
import type { IamAccessKey, IamGroup, IamManagedPolicy, IamRole, IamSection, IamServerCertificate, IamUser, PasswordPolicy } from './section.js';

/** Generated ages are relative to the estate's "today". */
const TODAY = Date.parse('2026-11-29T00:00:00Z');
const DAY = 86_400_000;
const ACCOUNT_LEVEL_ASSETS = 3;

type Rng = () => number;
const daysAgo = (d: number) => new Date(TODAY - Math.round(d) * DAY).toISOString();
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;

const TEAMS = ['platform', 'payments', 'data', 'web', 'mobile', 'search', 'ml', 'security', 'billing', 'identity'] as const;
const SERVICES = ['s3', 'dynamodb', 'sqs', 'sns', 'lambda', 'ec2', 'kms', 'logs', 'ecr', 'secretsmanager'] as const;

function accessKey(rng: Rng): IamAccessKey {
  const age = rng() < 0.6 ? rng() * 90 : 90 + rng() * 700;
  const used = chance(rng, 0.85) ? Math.min(age, rng() < 0.7 ? rng() * 30 : rng() * 400) : undefined;
  return { Status: chance(rng, 0.9) ? 'Active' : 'Inactive', CreateDate: daysAgo(age), ...(used !== undefined ? { LastUsedDate: daysAgo(used), LastUsedService: pick(rng, SERVICES), LastUsedRegion: 'us-east-1' } : {}) };
}

function user(rng: Rng, i: number, groups: IamGroup[], policies: IamManagedPolicy[]): IamUser {
  const team = pick(rng, TEAMS);
  const human = chance(rng, 0.45);
  const created = 30 + rng() * 1500;
  const u: IamUser = { UserName: human ? `${team}.person${i}` : `svc-${team}-${i}`, CreateDate: daysAgo(created), Groups: groups.length ? [pick(rng, groups).GroupName] : [], Tags: [{ Key: 'team', Value: team }] };
  if (human) {
    u.LoginProfile = { CreateDate: daysAgo(created) };
    if (chance(rng, 0.85)) u.PasswordLastUsed = daysAgo(Math.min(created, rng() < 0.7 ? rng() * 40 : rng() * 300));
    if (chance(rng, 0.75)) u.MFADevices = [{ Type: chance(rng, 0.2) ? 'hardware' : 'virtual', EnableDate: daysAgo(created) }];
  }
  const keys = human ? (chance(rng, 0.3) ? 1 : 0) : chance(rng, 0.2) ? 2 : 1;
  if (keys) u.AccessKeys = Array.from({ length: keys }, () => accessKey(rng));
  if (chance(rng, 0.15) && policies.length) u.AttachedManagedPolicies = [pick(rng, policies).PolicyName];
  if (chance(rng, 0.05)) u.UserPolicyList = [{ PolicyName: 'inline-extra', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `${pick(rng, SERVICES)}:Get*`, Resource: '*' }] } }];
  return u;
}

function policy(rng: Rng, i: number): IamManagedPolicy {
  const service = pick(rng, SERVICES);
  const roll = rng();
  const statement =
    roll < 0.06 ? { Effect: 'Allow', Action: '*', Resource: '*' }
      : roll < 0.08 ? { Effect: 'Allow', NotAction: ['s3:DeleteBucket'], Resource: '*' }
        : roll < 0.22 ? { Effect: 'Allow', Action: `${service}:*`, Resource: '*' }
          : { Effect: 'Allow', Action: [`${service}:Get*`, `${service}:List*`, `${service}:Describe*`], Resource: '*' };
  return { PolicyName: `${pick(rng, TEAMS)}-${service}-${i}`, CreateDate: daysAgo(rng() * 1000), Document: { Version: '2012-10-17', Statement: [statement] } };
}

function role(rng: Rng, i: number, policies: IamManagedPolicy[]): IamRole {
  const service = pick(rng, ['lambda', 'ec2', 'ecs-tasks', 'states'] as const);
  const attached: string[] = [];
  if (policies.length && chance(rng, 0.6)) attached.push(pick(rng, policies).PolicyName);
  if (chance(rng, 0.05)) attached.push('arn:aws:iam::aws:policy/AdministratorAccess');
  if (chance(rng, 0.01)) attached.push('arn:aws:iam::aws:policy/AWSCloudShellFullAccess');
  return {
    RoleName: `${pick(rng, TEAMS)}-${service}-role-${i}`,
    CreateDate: daysAgo(rng() * 1200),
    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: `${service}.amazonaws.com` }, Action: 'sts:AssumeRole' }] },
    AttachedManagedPolicies: attached,
    ...(chance(rng, 0.7) ? { RoleLastUsed: { LastUsedDate: daysAgo(rng() * 200), Region: 'us-east-1' } } : {}),
  };
}

function passwordPolicy(rng: Rng): PasswordPolicy | null {
  const roll = rng();
  if (roll < 0.3) return null;
  if (roll < 0.6) return { MinimumPasswordLength: 8, RequireNumbers: true, AllowUsersToChangePassword: true };
  return { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, PasswordReusePrevention: 24, AllowUsersToChangePassword: true };
}

function split(n: number) {
  const rest = Math.max(0, n - ACCOUNT_LEVEL_ASSETS);
  const groups = Math.min(300, Math.max(rest > 0 ? 1 : 0, Math.round(rest * 0.03)));
  const policies = Math.min(1500, Math.round(rest * 0.12));
  const certificates = Math.min(20, Math.round(rest * 0.005));
  const roles = Math.min(1000, Math.round(rest * 0.38));
  return { groups, policies, certificates, roles, users: Math.max(0, rest - groups - policies - certificates - roles) };
}

export const iamGenerator: ResourceGenerator = {
  service: 'iam',
  scope: 'global',
  // ARNs and ids are derived by the handlers from the account the section is served for.
  build(n, { rng }) {
    const c = split(n);
    const policies = Array.from({ length: c.policies }, (_, i) => policy(rng, i));
    const groups: IamGroup[] = Array.from({ length: c.groups }, (_, i) => ({
      GroupName: `${pick(rng, TEAMS)}-group-${i}`,
      AttachedManagedPolicies: i === 0 ? ['arn:aws:iam::aws:policy/AdministratorAccess'] : policies.length ? [pick(rng, policies).PolicyName] : [],
    }));
    const roles = Array.from({ length: c.roles }, (_, i) => role(rng, i, policies));
    if (roles.length && chance(rng, 0.6)) roles[0]!.AttachedManagedPolicies = ['arn:aws:iam::aws:policy/AWSSupportAccess'];
    const serverCertificates: IamServerCertificate[] = Array.from({ length: c.certificates }, (_, i) => ({
      ServerCertificateName: `legacy-cert-${i}`,
      UploadDate: daysAgo(400 + rng() * 800),
      Expiration: daysAgo(chance(rng, 0.4) ? 1 + rng() * 300 : -(30 + rng() * 300)),
    }));
    const rootMfa = rng();
    const section: IamSection = {
      root: {
        CreateDate: daysAgo(2000),
        Mfa: rootMfa < 0.3 ? 'none' : rootMfa < 0.65 ? 'virtual' : 'hardware',
        PasswordLastUsed: daysAgo(rng() * 200),
        AccessKeys: chance(rng, 0.1) ? [{ Status: 'Active', CreateDate: daysAgo(900) }] : [],
      },
      passwordPolicy: passwordPolicy(rng),
      users: Array.from({ length: c.users }, (_, i) => user(rng, i, groups, policies)),
      groups,
      roles,
      policies,
      serverCertificates,
    };
    return { section, assets: c.users + c.groups + c.roles + c.policies + c.certificates + ACCOUNT_LEVEL_ASSETS };
  },
};
