/**
 * IAM (awsQuery, signing name `iam`, global). Serves the account's `global.iam` section (typed and
 * documented in iam/section.ts) through the operations Parapet's collectors call and the per-entity reads
 * around them. Errors as IAM documents them: NoSuchEntity (404) for missing users, login profiles and the
 * password policy; ReportNotPresent / ReportExpired (410) and ReportInProgress (404) for the credential report.
 */
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';
import { GetAccountPasswordPolicy, GetAccountSummary, ListServerCertificates } from './iam/account.js';
import { GetAccountAuthorizationDetails } from './iam/authorization-details.js';
import { GenerateCredentialReport, GetCredentialReport } from './iam/credential-report.js';
import { GetPolicyVersion, GetRole, GetUser, ListGroups, ListPolicies, ListRoles, ListUsers } from './iam/entities.js';
import { iamGenerator } from './iam/generator.js';
import { GetAccessKeyLastUsed, GetLoginProfile, ListAccessKeys, ListMFADevices, ListVirtualMFADevices } from './iam/user-credentials.js';

export type { IamGroup, IamManagedPolicy, IamRole, IamSection, IamServerCertificate, IamUser } from './iam/section.js';

export const service: SimService = {
  signingName: 'iam',
  sdk: '@aws-sdk/client-iam',
  operations: {
    GetAccountAuthorizationDetails,
    GenerateCredentialReport,
    GetCredentialReport,
    GetAccountSummary,
    GetAccountPasswordPolicy,
    ListServerCertificates,
    ListVirtualMFADevices,
    ListUsers,
    GetUser,
    ListGroups,
    ListRoles,
    GetRole,
    ListPolicies,
    GetPolicyVersion,
    ListAccessKeys,
    GetAccessKeyLastUsed,
    ListMFADevices,
    GetLoginProfile,
  },
};

export const generators: ResourceGenerator[] = [iamGenerator];
