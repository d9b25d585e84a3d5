import type { AwsCollector } from '../../collector.js';
import { accountSummaryCollector } from './account-summary.js';
import { credentialReportCollector } from './credential-report.js';
import { groupsCollector } from './groups.js';
import { passwordPolicyCollector } from './password-policy.js';
import { policiesCollector } from './policies.js';
import { rolesCollector } from './roles.js';
import { serverCertificatesCollector } from './server-certificates.js';
import { usersCollector } from './users.js';

export const collectors: AwsCollector[] = [
  usersCollector,
  groupsCollector,
  rolesCollector,
  policiesCollector,
  passwordPolicyCollector,
  credentialReportCollector,
  accountSummaryCollector,
  serverCertificatesCollector,
];
