/** The permissions the collectors declare (loaded only by `parapet permissions`: the collectors are heavy). */
import { awsCollectors } from '../../providers/aws/services/index.js';
import { azureCollectors } from '../../providers/azure/services/index.js';
import { gcpCollectors } from '../../providers/gcp/services/index.js';

/** Every IAM action the AWS collectors declare, plus what the driver itself calls. */
export function awsPermissions(): string[] {
  const driver = ['sts:GetCallerIdentity', 'sts:AssumeRole', 'organizations:ListAccounts', 'ec2:DescribeRegions'];
  return [...new Set([...driver, ...awsCollectors.flatMap((c) => c.permissions)])].sort();
}

/** Every Azure RBAC action the collectors declare, plus subscription and management-group reads of the driver. */
export function azurePermissions(): string[] {
  const driver = ['Microsoft.Resources/subscriptions/read', 'Microsoft.Management/managementGroups/descendants/read'];
  return [...new Set([...driver, ...azureCollectors.flatMap((c) => c.permissions)])].sort();
}

/** Every GCP IAM permission the collectors declare, plus project and folder discovery. */
export function gcpPermissions(): string[] {
  const driver = ['resourcemanager.projects.get', 'resourcemanager.projects.list', 'resourcemanager.folders.list'];
  return [...new Set([...driver, ...gcpCollectors.flatMap((c) => c.permissions)])].sort();
}
