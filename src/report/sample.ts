/**
 * Sample scan reports: a small fixture covering every verdict and state, and a generator of many
 * synthetic findings for tests and benchmarks of large reports.
 */
import type { CollectionError } from '../core/asset.js';
import { findingId } from '../core/finding.js';
import type { ScanSummary } from '../core/scan.js';
import { SEVERITIES, STATUSES } from '../core/verdict.js';
import type { ReportFinding, RuleGuidance, ScanReport } from './types.js';

const T0 = '2026-11-29T10:00:00.000Z';
const T1 = '2026-11-29T10:05:00.000Z';
const EARLIER = '2026-11-01T09:00:00.000Z';

export function sampleScan(overrides: Partial<ScanSummary> = {}): ScanSummary {
  return {
    id: 'scan-0001',
    startedAt: T0,
    finishedAt: T1,
    target: 'aws',
    status: 'complete',
    counts: { assets: 4, pass: 1, fail: 2, unknown: 1, not_applicable: 1 },
    ...overrides,
  };
}

export function sampleFindings(): ReportFinding[] {
  const bucket = { id: 'arn:aws:s3:::logs-bucket', provider: 'aws', account: '111122223333', region: 'us-east-1', type: 'AWS::S3::Bucket', kind: 'storage.bucket', name: 'logs-bucket' } as const;
  const user = { id: 'arn:aws:iam::444455556666:user/alice', provider: 'aws', account: '444455556666', region: 'global', type: 'AWS::IAM::User', kind: 'identity.user', name: 'alice' } as const;
  const iacBucket = {
    id: 'iac:aws_s3_bucket.data',
    provider: 'aws',
    account: '111122223333',
    region: 'eu-west-1',
    type: 'AWS::S3::Bucket',
    kind: 'storage.bucket',
    name: 'data',
    iac: { file: 'main.tf', line: 12, address: 'aws_s3_bucket.data' },
  } as const;
  const gov = { id: 'arn:aws-us-gov:kms:us-gov-west-1:777788889999:key/k1', provider: 'aws', account: '777788889999', region: 'us-gov-west-1', type: 'AWS::KMS::Key', kind: 'crypto.key', name: 'k1' } as const;
  return [
    {
      id: findingId('aws.s3.bucket-versioning-enabled', bucket.id),
      ruleId: 'aws.s3.bucket-versioning-enabled',
      title: 'S3 bucket versioning is enabled',
      severity: 'medium',
      status: 'fail',
      reason: 'Versioning is not enabled',
      state: 'open',
      asset: { ...bucket },
      evidence: [{ path: 'config.versioning.Status', observed: null, expected: 'Enabled' }],
      compliance: [
        { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.x' },
        { framework: 'aws-fsbp', control: 'S3.14' },
      ],
      firstSeen: T1,
      lastSeen: T1,
    },
    {
      id: findingId('aws.s3.bucket-public-access-blocked', iacBucket.id),
      ruleId: 'aws.s3.bucket-public-access-blocked',
      title: 'S3 bucket blocks public access',
      severity: 'critical',
      status: 'fail',
      reason: 'BlockPublicAcls is false',
      state: 'open',
      asset: { ...iacBucket },
      evidence: [{ path: 'config.publicAccessBlock.BlockPublicAcls', observed: false, expected: true }],
      compliance: [{ framework: 'aws-fsbp', control: 'S3.8' }],
      firstSeen: EARLIER,
      lastSeen: T1,
    },
    {
      id: findingId('aws.iam.user-mfa-enabled', user.id),
      ruleId: 'aws.iam.user-mfa-enabled',
      title: 'IAM user has MFA enabled',
      severity: 'high',
      status: 'unknown',
      reason: 'mfaDevices could not be collected: aws:iam:ListMFADevices AccessDenied (account 444455556666, region global): denied',
      state: 'open',
      asset: { ...user },
      evidence: [{ path: 'config.mfaDevices', observed: null, expected: 'collected' }],
      compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.10' }],
      firstSeen: T1,
      lastSeen: T1,
    },
    {
      id: findingId('aws.kms.key-rotation-enabled', gov.id),
      ruleId: 'aws.kms.key-rotation-enabled',
      title: 'KMS key rotation is enabled',
      severity: 'low',
      status: 'pass',
      reason: 'Rotation is enabled',
      state: 'resolved',
      resolvedAt: T1,
      asset: { ...gov },
      evidence: [{ path: 'config.rotation.KeyRotationEnabled', observed: true, expected: true }],
      compliance: [],
      firstSeen: EARLIER,
      lastSeen: T1,
    },
    {
      id: findingId('aws.s3.bucket-logging-enabled', bucket.id),
      ruleId: 'aws.s3.bucket-logging-enabled',
      title: 'S3 bucket server access logging is enabled',
      severity: 'info',
      status: 'not_applicable',
      reason: 'The bucket is itself a log target',
      state: 'resolved',
      asset: { ...bucket },
      evidence: [],
      compliance: [],
      firstSeen: EARLIER,
      lastSeen: T1,
    },
  ];
}

export function sampleErrors(): CollectionError[] {
  const e = { provider: 'aws', account: '444455556666', region: 'global', service: 'iam', operation: 'ListMFADevices', code: 'AccessDenied', message: 'denied' } as const;
  return [
    { ...e, resource: 'alice' },
    { ...e, resource: 'bob' },
    { provider: 'aws', account: '111122223333', region: 'us-east-1', service: 's3', operation: 'GetBucketAcl', code: 'ThrottlingException', message: 'Rate exceeded' },
  ];
}

export function sampleRules(): Map<string, RuleGuidance> {
  return new Map([
    [
      'aws.s3.bucket-versioning-enabled',
      {
        title: 'S3 bucket versioning is enabled',
        rationale: 'Versioning keeps prior object versions so that deleted or overwritten data can be recovered.',
        remediation: { steps: ['Open the bucket properties', 'Enable versioning'], cli: 'aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled' },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
      },
    ],
  ]);
}

export function sampleReport(overrides: Partial<ScanReport> = {}): ScanReport {
  return { parapet: '0.1.0', scan: sampleScan(), findings: sampleFindings(), errors: sampleErrors(), rules: sampleRules(), ...overrides };
}

/**
 * `n` synthetic findings, made one at a time (never held together). Every status and severity occurs;
 * `evidenceBytes` pads each finding's evidence to make output large.
 */
export function* syntheticFindings(n: number, opts: { accounts?: number; evidenceBytes?: number } = {}): Generator<ReportFinding> {
  const accounts = opts.accounts ?? 10;
  const pad = 'x'.repeat(opts.evidenceBytes ?? 0);
  const services = ['s3', 'ec2', 'iam', 'rds', 'kms'];
  for (let i = 0; i < n; i++) {
    const svc = services[i % services.length] as string;
    const account = String(100000000000 + (i % accounts));
    const ruleId = `aws.${svc}.rule-${i % 37}`;
    const assetId = `arn:aws:${svc}:us-east-1:${account}:thing/asset-${i}`;
    yield {
      id: findingId(ruleId, assetId),
      ruleId,
      title: `Synthetic rule ${i % 37}`,
      severity: SEVERITIES[i % SEVERITIES.length] as (typeof SEVERITIES)[number],
      status: STATUSES[i % STATUSES.length] as (typeof STATUSES)[number],
      reason: `Synthetic reason ${i}, with "quotes", commas and a newline\nsecond line`,
      state: i % 7 === 0 ? 'resolved' : 'open',
      asset: { id: assetId, provider: 'aws', account, region: 'us-east-1', type: `AWS::${svc.toUpperCase()}::Thing`, kind: 'test.thing', name: `asset-${i}` },
      evidence: [{ path: 'config.thing.Setting', observed: pad || null, expected: 'Enabled' }],
      compliance: [{ framework: 'aws-fsbp', control: `${svc.toUpperCase()}.${i % 20}` }],
      firstSeen: T0,
      lastSeen: T1,
    };
  }
}
