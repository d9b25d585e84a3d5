import type { Rule } from '../../../core/rule.js';
import { rule as noAdministratorAccessAttached } from './no-administrator-access-attached.js';
import { rule as noCloudshellFullAccess } from './no-cloudshell-full-access.js';
import { rule as passwordPolicyMinLength } from './password-policy-min-length.js';
import { rule as passwordPolicyReusePrevention } from './password-policy-reuse-prevention.js';
import { rule as passwordPolicyStrong } from './password-policy-strong.js';
import { rule as policyNoFullAdmin } from './policy-no-full-admin.js';
import { rule as policyNoServiceWildcard } from './policy-no-service-wildcard.js';
import { rule as rootHardwareMfa } from './root-hardware-mfa.js';
import { rule as rootMfaEnabled } from './root-mfa-enabled.js';
import { rule as rootNoAccessKeys } from './root-no-access-keys.js';
import { rule as rootNotUsedRecently } from './root-not-used-recently.js';
import { rule as serverCertificateNotExpired } from './server-certificate-not-expired.js';
import { rule as supportRoleExists } from './support-role-exists.js';
import { rule as userAccessKeysRotated } from './user-access-keys-rotated.js';
import { rule as userConsoleMfa } from './user-console-mfa.js';
import { rule as userCredentialsUnused45Days } from './user-credentials-unused-45-days.js';
import { rule as userCredentialsUnused90Days } from './user-credentials-unused-90-days.js';
import { rule as userNoDirectPolicies } from './user-no-direct-policies.js';
import { rule as userSingleActiveAccessKey } from './user-single-active-access-key.js';

export const rules: Rule[] = [
  rootNoAccessKeys,
  rootMfaEnabled,
  rootHardwareMfa,
  rootNotUsedRecently,
  passwordPolicyMinLength,
  passwordPolicyReusePrevention,
  passwordPolicyStrong,
  userConsoleMfa,
  userCredentialsUnused45Days,
  userCredentialsUnused90Days,
  userSingleActiveAccessKey,
  userAccessKeysRotated,
  userNoDirectPolicies,
  policyNoFullAdmin,
  policyNoServiceWildcard,
  noAdministratorAccessAttached,
  supportRoleExists,
  serverCertificateNotExpired,
  noCloudshellFullAccess,
];
