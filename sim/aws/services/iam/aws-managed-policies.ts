/**
 * Documents of the AWS managed policies estates commonly attach, for GetAccountAuthorizationDetails with
 * the AWSManagedPolicy filter. Shortened to their security-relevant shape; others get a read-only stand-in.
 */
const ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

export const AWS_MANAGED_DOCUMENTS: Record<string, object> = {
  AdministratorAccess: ALL,
  PowerUserAccess: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      { Effect: 'Allow', Action: ['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization', 'account:ListRegions'], Resource: '*' },
    ],
  },
  ReadOnlyAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*', 's3:Get*', 's3:List*', 'iam:Get*', 'iam:List*'], Resource: '*' }] },
  SecurityAudit: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:GenerateCredentialReport', 'iam:Get*', 'iam:List*', 'ec2:Describe*'], Resource: '*' }] },
  AWSSupportAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['support:*'], Resource: '*' }] },
  AWSCloudShellFullAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['cloudshell:*'], Resource: '*' }] },
};

export function awsManagedDocument(name: string): object {
  return AWS_MANAGED_DOCUMENTS[name] ?? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['cloudwatch:Get*', 'cloudwatch:List*'], Resource: '*' }] };
}
