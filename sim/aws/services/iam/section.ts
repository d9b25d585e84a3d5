/**
 * The estate section `global.iam` of one account: what the IAM simulator serves. Members follow the IAM API
 * (PascalCase); ids and ARNs may be left out and are derived the way AWS builds them. Timestamps may be
 * ISO strings (YAML) or Dates; policy documents may be objects or JSON text (served URL-encoded, as IAM does).
 *
 * ```yaml
 * global:
 *   iam:
 *     root: { Mfa: virtual, PasswordLastUsed: 2026-11-20T10:00:00Z, AccessKeys: [] }
 *     passwordPolicy: { MinimumPasswordLength: 14, PasswordReusePrevention: 24 }   # absent -> NoSuchEntity
 *     users:
 *       - UserName: alice
 *         Groups: [admins]
 *         LoginProfile: { CreateDate: 2025-01-10T09:00:00Z }
 *         PasswordLastUsed: 2026-11-27T08:00:00Z
 *         MFADevices: [{ Type: hardware, EnableDate: 2025-01-10T09:05:00Z }]
 *         AccessKeys: [{ Status: Active, CreateDate: 2026-10-01T00:00:00Z, LastUsedDate: 2026-11-28T00:00:00Z }]
 *     groups: [{ GroupName: admins, AttachedManagedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess] }]
 *     roles: [{ RoleName: OrganizationAccountAccessRole, AssumeRolePolicyDocument: {...} }]
 *     policies: [{ PolicyName: ci-deploy, Document: { Version: '2012-10-17', Statement: [...] } }]
 *     serverCertificates: [{ ServerCertificateName: legacy-web, Expiration: 2025-03-01T00:00:00Z }]
 * ```
 */

export type Time = string | Date;
/** A policy document: an object, or its JSON text. */
export type PolicyDocument = Record<string, unknown> | string;
/** A managed policy attachment: its ARN, a customer managed policy's name in this account, or the API shape. */
export type Attachment = string | { PolicyArn: string; PolicyName?: string };
export type Tag = { Key: string; Value: string };

export interface IamSection {
  root?: RootUser;
  users?: IamUser[];
  groups?: IamGroup[];
  /** STS AssumeRole looks roles up here by RoleName (and ExternalId). */
  roles?: IamRole[];
  /** Customer managed policies. */
  policies?: IamManagedPolicy[];
  /** Absent or null: the account has no password policy (GetAccountPasswordPolicy -> NoSuchEntity). */
  passwordPolicy?: PasswordPolicy | null;
  serverCertificates?: IamServerCertificate[];
}

export interface RootUser {
  CreateDate?: Time;
  /** False when root credentials were removed (centralized root access). Default true. */
  PasswordEnabled?: boolean;
  PasswordLastUsed?: Time;
  /** Root MFA: a virtual device shows in ListVirtualMFADevices; hardware and FIDO keys do not. Default none. */
  Mfa?: 'virtual' | 'hardware' | 'none';
  MfaEnableDate?: Time;
  AccessKeys?: IamAccessKey[];
}

export interface IamAccessKey {
  AccessKeyId?: string;
  /** Default Active. */
  Status?: 'Active' | 'Inactive';
  CreateDate: Time;
  LastUsedDate?: Time;
  LastUsedService?: string;
  LastUsedRegion?: string;
}

export interface IamMfaDevice {
  SerialNumber?: string;
  /** Default virtual. */
  Type?: 'virtual' | 'hardware';
  EnableDate: Time;
}

export interface InlinePolicy {
  PolicyName: string;
  PolicyDocument: PolicyDocument;
}

export interface IamUser {
  UserName: string;
  Path?: string;
  UserId?: string;
  Arn?: string;
  CreateDate?: Time;
  /** When the console password was last used (User.PasswordLastUsed). */
  PasswordLastUsed?: Time;
  Tags?: Tag[];
  /** Group names. */
  Groups?: string[];
  AttachedManagedPolicies?: Attachment[];
  UserPolicyList?: InlinePolicy[];
  PermissionsBoundary?: string;
  /** Console password; absent means none (GetLoginProfile -> NoSuchEntity). */
  LoginProfile?: { CreateDate?: Time; PasswordResetRequired?: boolean; PasswordLastChanged?: Time };
  AccessKeys?: IamAccessKey[];
  MFADevices?: IamMfaDevice[];
}

export interface IamGroup {
  GroupName: string;
  Path?: string;
  GroupId?: string;
  Arn?: string;
  CreateDate?: Time;
  AttachedManagedPolicies?: Attachment[];
  GroupPolicyList?: InlinePolicy[];
}

export interface IamRole {
  RoleName: string;
  Path?: string;
  RoleId?: string;
  Arn?: string;
  CreateDate?: Time;
  Description?: string;
  MaxSessionDuration?: number;
  AssumeRolePolicyDocument?: PolicyDocument;
  /** The sts:ExternalId the simulator's AssumeRole requires, if any. */
  ExternalId?: string;
  AttachedManagedPolicies?: Attachment[];
  RolePolicyList?: InlinePolicy[];
  PermissionsBoundary?: string;
  RoleLastUsed?: { LastUsedDate?: Time; Region?: string };
  Tags?: Tag[];
}

export interface IamManagedPolicy {
  PolicyName: string;
  Path?: string;
  PolicyId?: string;
  Arn?: string;
  Description?: string;
  CreateDate?: Time;
  UpdateDate?: Time;
  /** Shorthand for a single version v1. */
  Document?: PolicyDocument;
  PolicyVersionList?: Array<{ VersionId: string; Document: PolicyDocument; IsDefaultVersion?: boolean; CreateDate?: Time }>;
  /** Default: the version marked IsDefaultVersion, else the last one. */
  DefaultVersionId?: string;
}

export interface PasswordPolicy {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  ExpirePasswords?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

export interface IamServerCertificate {
  ServerCertificateName: string;
  Path?: string;
  ServerCertificateId?: string;
  Arn?: string;
  UploadDate?: Time;
  Expiration: Time;
}
