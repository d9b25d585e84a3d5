/**
 * The CIS AWS Foundations Benchmark v5.0.0 section 4 monitoring controls (4.1-4.15): the filter pattern
 * the benchmark prescribes and the CloudTrail events a metric filter must match to count as covering it.
 * The events are the ones every accepted variant of the benchmark pattern matches (4.2 accepts an
 * SSO-tolerant variant restricted to successful IAM-user sign-ins, so its events are IAM-user sign-ins).
 */
import { apiCall, changeEvents, consoleLogin, type CloudTrailEvent } from './cloudtrail-events.js';

export interface MonitoringControl {
  /** CIS v5.0.0 recommendation number. */
  cis: string;
  /** What must be monitored, for titles and reasons: "unauthorized API calls". */
  subject: string;
  /** The benchmark's pattern (shown in remediation; matching is by behaviour, not by text). */
  pattern: string;
  /** Events the filter must match. */
  events: CloudTrailEvent[];
}

const names = (list: string[]) => list.map((n) => `($.eventName = ${n})`).join(' || ');

const IAM_POLICY_EVENTS = [
  'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy',
  'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy',
  'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy',
];
const TRAIL_EVENTS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const KMS_EVENTS = ['DisableKey', 'ScheduleKeyDeletion'];
const S3_EVENTS = [
  'PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication',
  'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication',
];
const CONFIG_EVENTS = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
const SG_EVENTS = [
  'AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress',
  'CreateSecurityGroup', 'DeleteSecurityGroup', 'ModifySecurityGroupRules',
];
const NACL_EVENTS = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
const GATEWAY_EVENTS = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'];
const ROUTE_EVENTS = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'];
const VPC_EVENTS = [
  'CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection',
  'RejectVpcPeeringConnection',
];
/** In the benchmark's pattern, but EC2-Classic is retired: these calls cannot happen, so a filter need not list them. */
const CLASSIC_LINK_EVENTS = ['AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'];
const ORG_EVENTS = [
  'AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization',
  'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization',
  'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit',
];

export const CIS_MONITORING = {
  unauthorizedApiCalls: {
    cis: '4.1',
    subject: 'unauthorized API calls',
    pattern:
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    events: [
      apiCall('ec2.amazonaws.com', 'RunInstances', 'IAMUser', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }),
      apiCall('s3.amazonaws.com', 'GetObject', 'AssumedRole', { errorCode: 'AccessDenied', errorMessage: 'Access Denied' }),
      apiCall('iam.amazonaws.com', 'ListUsers', 'IAMUser', { errorCode: 'AccessDenied', errorMessage: 'User is not authorized to perform: iam:ListUsers' }),
    ],
  },
  consoleSigninWithoutMfa: {
    cis: '4.2',
    subject: 'management console sign-in without MFA',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    events: [consoleLogin('IAMUser', { mfa: false })],
  },
  rootUsage: {
    cis: '4.3',
    subject: "usage of the 'root' account",
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    events: [consoleLogin('Root', { mfa: true }), apiCall('iam.amazonaws.com', 'CreateAccessKey', 'Root')],
  },
  iamPolicyChanges: {
    cis: '4.4',
    subject: 'IAM policy changes',
    pattern: `{ ${names(IAM_POLICY_EVENTS)} }`,
    events: changeEvents('iam.amazonaws.com', IAM_POLICY_EVENTS),
  },
  cloudtrailChanges: {
    cis: '4.5',
    subject: 'CloudTrail configuration changes',
    pattern: `{ ${names(TRAIL_EVENTS)} }`,
    events: changeEvents('cloudtrail.amazonaws.com', TRAIL_EVENTS),
  },
  consoleAuthFailures: {
    cis: '4.6',
    subject: 'management console authentication failures',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    events: [consoleLogin('IAMUser', { mfa: false, failed: true }), consoleLogin('Root', { mfa: false, failed: true })],
  },
  cmkDisableOrDeletion: {
    cis: '4.7',
    subject: 'disabling or scheduled deletion of customer-managed KMS keys',
    pattern: `{ ($.eventSource = kms.amazonaws.com) && (${names(KMS_EVENTS)}) }`,
    events: changeEvents('kms.amazonaws.com', KMS_EVENTS),
  },
  s3BucketPolicyChanges: {
    cis: '4.8',
    subject: 'S3 bucket policy changes',
    pattern: `{ ($.eventSource = s3.amazonaws.com) && (${names(S3_EVENTS)}) }`,
    events: changeEvents('s3.amazonaws.com', S3_EVENTS),
  },
  configChanges: {
    cis: '4.9',
    subject: 'AWS Config configuration changes',
    pattern: `{ ($.eventSource = config.amazonaws.com) && (${names(CONFIG_EVENTS)}) }`,
    events: changeEvents('config.amazonaws.com', CONFIG_EVENTS),
  },
  securityGroupChanges: {
    cis: '4.10',
    subject: 'security group changes',
    pattern: `{ ${names(SG_EVENTS)} }`,
    events: changeEvents('ec2.amazonaws.com', SG_EVENTS),
  },
  naclChanges: {
    cis: '4.11',
    subject: 'network ACL changes',
    pattern: `{ ${names(NACL_EVENTS)} }`,
    events: changeEvents('ec2.amazonaws.com', NACL_EVENTS),
  },
  networkGatewayChanges: {
    cis: '4.12',
    subject: 'network gateway changes',
    pattern: `{ ${names(GATEWAY_EVENTS)} }`,
    events: changeEvents('ec2.amazonaws.com', GATEWAY_EVENTS),
  },
  routeTableChanges: {
    cis: '4.13',
    subject: 'route table changes',
    pattern: `{ ($.eventSource = ec2.amazonaws.com) && (${names(ROUTE_EVENTS)}) }`,
    events: changeEvents('ec2.amazonaws.com', ROUTE_EVENTS),
  },
  vpcChanges: {
    cis: '4.14',
    subject: 'VPC changes',
    pattern: `{ ${names([...VPC_EVENTS, ...CLASSIC_LINK_EVENTS])} }`,
    events: changeEvents('ec2.amazonaws.com', VPC_EVENTS),
  },
  organizationsChanges: {
    cis: '4.15',
    subject: 'AWS Organizations changes',
    pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${names(ORG_EVENTS)}) }`,
    events: changeEvents('organizations.amazonaws.com', ORG_EVENTS),
  },
} satisfies Record<string, MonitoringControl>;
