/** Account-wide IAM reads: GetAccountSummary, GetAccountPasswordPolicy, ListServerCertificates. */
import type { SimHandler } from '../../service.js';
import { date, iamId, iamOf, pathOf } from './model.js';
import { iamPage, noSuchEntity } from './paging.js';

/** Default IAM quotas as GetAccountSummary reports them. */
const QUOTAS = {
  UsersQuota: 5000, GroupsQuota: 300, RolesQuota: 1000, PoliciesQuota: 1500, PolicySizeQuota: 6144, PolicyVersionsInUseQuota: 10000,
  VersionsPerPolicyQuota: 5, ServerCertificatesQuota: 20, InstanceProfilesQuota: 1000, AccessKeysPerUserQuota: 2, SigningCertificatesPerUserQuota: 2,
  GroupsPerUserQuota: 10, AttachedPoliciesPerUserQuota: 10, AttachedPoliciesPerGroupQuota: 10, AttachedPoliciesPerRoleQuota: 10,
  UserPolicySizeQuota: 2048, GroupPolicySizeQuota: 5120, RolePolicySizeQuota: 10240, AssumeRolePolicySizeQuota: 2048, GlobalEndpointTokenVersion: 1,
};

export const GetAccountSummary: SimHandler = (_input, ctx) => {
  const iam = iamOf(ctx);
  const root = iam.section.root ?? {};
  const userDevices = iam.users.reduce((n, u) => n + (u.MFADevices?.length ?? 0), 0);
  const rootDevices = (root.Mfa ?? 'none') === 'none' ? 0 : 1;
  const versions = iam.policies.reduce((n, p) => n + (p.PolicyVersionList?.length ?? 1), 0);
  return {
    SummaryMap: {
      ...QUOTAS,
      Users: iam.users.length,
      Groups: iam.groups.length,
      Roles: iam.roles.length,
      Policies: iam.policies.length,
      PolicyVersionsInUse: versions,
      ServerCertificates: iam.section.serverCertificates?.length ?? 0,
      InstanceProfiles: 0,
      Providers: 0,
      MFADevices: userDevices + rootDevices,
      MFADevicesInUse: userDevices + rootDevices,
      AccountMFAEnabled: rootDevices,
      // Counts inactive root keys too: CIS asks for root keys to be deleted, not just deactivated.
      AccountAccessKeysPresent: (root.AccessKeys?.length ?? 0) > 0 ? 1 : 0,
      AccountPasswordPresent: (root.PasswordEnabled ?? true) ? 1 : 0,
      AccountSigningCertificatesPresent: 0,
    },
  };
};

export const GetAccountPasswordPolicy: SimHandler = (_input, ctx) => {
  const policy = iamOf(ctx).section.passwordPolicy;
  if (!policy) throw noSuchEntity(`The Password Policy with domain name ${ctx.account.id} cannot be found.`);
  return {
    PasswordPolicy: {
      MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false, ExpirePasswords: false,
      ...policy,
    },
  };
};

export const ListServerCertificates: SimHandler = (input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const certs = (iam.section.serverCertificates ?? []).filter((c) => !input.PathPrefix || pathOf(c.Path).startsWith(input.PathPrefix));
  const p = iamPage(certs, input);
  return {
    ServerCertificateMetadataList: p.items.map((c) => ({
      Path: pathOf(c.Path),
      ServerCertificateName: c.ServerCertificateName,
      ServerCertificateId: c.ServerCertificateId ?? iamId('ASCA', iam.account, c.ServerCertificateName),
      Arn: c.Arn ?? `arn:aws:iam::${iam.account}:server-certificate${pathOf(c.Path)}${c.ServerCertificateName}`,
      UploadDate: date(c.UploadDate),
      Expiration: date(c.Expiration),
    })),
    IsTruncated: p.IsTruncated,
    Marker: p.Marker,
  };
};
