/**
 * Synthetic CloudTrail records, shaped like the ones CloudTrail delivers to CloudWatch Logs, that the
 * CIS monitoring rules run metric filter patterns against.
 */

export type CloudTrailEvent = Record<string, unknown>;

const ACCOUNT = '123456789012';

const IDENTITIES: Record<'IAMUser' | 'AssumedRole' | 'Root', Record<string, unknown>> = {
  IAMUser: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLEUSER00001',
    arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    accountId: ACCOUNT,
    userName: 'alice',
    sessionContext: { attributes: { mfaAuthenticated: 'true', creationDate: '2026-11-29T09:00:00Z' } },
  },
  AssumedRole: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEROLE00001:bob',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/bob`,
    accountId: ACCOUNT,
    sessionContext: {
      sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${ACCOUNT}:role/Admin`, userName: 'Admin' },
      attributes: { mfaAuthenticated: 'false', creationDate: '2026-11-29T09:00:00Z' },
    },
  },
  Root: { type: 'Root', principalId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT },
};

export type IdentityType = keyof typeof IDENTITIES;

/** A management API call record; `extra` overrides or adds top-level fields. */
export function apiCall(eventSource: string, eventName: string, identity: IdentityType = 'IAMUser', extra: Record<string, unknown> = {}): CloudTrailEvent {
  return {
    eventVersion: '1.09',
    userIdentity: IDENTITIES[identity],
    eventTime: '2026-11-29T10:00:00Z',
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'aws-cli/2.22.0',
    requestParameters: {},
    responseElements: null,
    requestID: '6e3c8a3e-5b9f-4a40-9d1a-0f3f2c1b7a10',
    eventID: 'b1f6a0c2-1e5e-4d0e-9c7e-3a2b8f9d0e11',
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    ...extra,
  };
}

/** A console sign-in record (`signin.amazonaws.com`), successful unless `failed`. */
export function consoleLogin(identity: IdentityType, opts: { mfa: boolean; failed?: boolean }): CloudTrailEvent {
  return apiCall('signin.amazonaws.com', 'ConsoleLogin', identity, {
    eventType: 'AwsConsoleSignIn',
    requestParameters: null,
    responseElements: { ConsoleLogin: opts.failed ? 'Failure' : 'Success' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: opts.mfa ? 'Yes' : 'No' },
    ...(opts.failed ? { errorMessage: 'Failed authentication' } : {}),
  });
}

/**
 * Each event name as a call by an IAM user, and the first one also by an assumed role and by root, so a
 * filter that quietly narrows on the caller does not count as covering the control.
 */
export function changeEvents(eventSource: string, eventNames: string[]): CloudTrailEvent[] {
  const first = eventNames[0]!;
  return [
    ...eventNames.map((n) => apiCall(eventSource, n)),
    apiCall(eventSource, first, 'AssumedRole'),
    apiCall(eventSource, first, 'Root'),
  ];
}

/** Routine read-only activity: a monitoring filter that fires on these is noise, not a control. */
export const ROUTINE_EVENTS: CloudTrailEvent[] = [
  apiCall('ec2.amazonaws.com', 'DescribeInstances', 'IAMUser', { readOnly: true }),
  apiCall('s3.amazonaws.com', 'ListBuckets', 'AssumedRole', { readOnly: true }),
  apiCall('sts.amazonaws.com', 'GetCallerIdentity', 'IAMUser', { readOnly: true }),
];
