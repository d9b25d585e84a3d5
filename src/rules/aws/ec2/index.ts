import type { Rule } from '../../../core/rule.js';
import { rule as securityGroupAdminPortsClosedIpv4 } from './security-group-admin-ports-closed-ipv4.js';
import { rule as securityGroupAdminPortsClosedIpv6 } from './security-group-admin-ports-closed-ipv6.js';
import { rule as securityGroupHighRiskPortsClosed } from './security-group-high-risk-ports-closed.js';
import { rule as securityGroupCifsClosed } from './security-group-cifs-closed.js';
import { rule as securityGroupWorldIngressAuthorizedPortsOnly } from './security-group-world-ingress-authorized-ports-only.js';
import { rule as defaultSecurityGroupRestrictsAll } from './default-security-group-restricts-all.js';
import { rule as networkAclAdminPortsClosed } from './network-acl-admin-ports-closed.js';
import { rule as vpcFlowLogsEnabled } from './vpc-flow-logs-enabled.js';
import { rule as ebsEncryptionByDefaultEnabled } from './ebs-encryption-by-default-enabled.js';
import { rule as attachedVolumeEncrypted } from './attached-volume-encrypted.js';
import { rule as snapshotNotPubliclyRestorable } from './snapshot-not-publicly-restorable.js';
import { rule as snapshotBlockPublicAccessEnabled } from './snapshot-block-public-access-enabled.js';
import { rule as instanceImdsv2Required } from './instance-imdsv2-required.js';
import { rule as instanceNoPublicIpv4 } from './instance-no-public-ipv4.js';
import { rule as stoppedInstanceRemoved } from './stopped-instance-removed.js';
import { rule as imageNotPublic } from './image-not-public.js';
import { rule as instanceProfileAttached } from './instance-profile-attached.js';

export const rules: Rule[] = [
  securityGroupAdminPortsClosedIpv4,
  securityGroupAdminPortsClosedIpv6,
  securityGroupHighRiskPortsClosed,
  securityGroupCifsClosed,
  securityGroupWorldIngressAuthorizedPortsOnly,
  defaultSecurityGroupRestrictsAll,
  networkAclAdminPortsClosed,
  vpcFlowLogsEnabled,
  ebsEncryptionByDefaultEnabled,
  attachedVolumeEncrypted,
  snapshotNotPubliclyRestorable,
  snapshotBlockPublicAccessEnabled,
  instanceImdsv2Required,
  instanceNoPublicIpv4,
  stoppedInstanceRemoved,
  imageNotPublic,
  instanceProfileAttached,
];
