import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { fail, need, needAll, pass, type Rule } from '../../../core/rule.js';

const ANALYZER_TYPE = 'AWS::AccessAnalyzer::Analyzer';
/** Analyzers of external access; unused and internal access analyzers do not look for outside exposure. */
const EXTERNAL = new Set(['ACCOUNT', 'ORGANIZATION']);

export const rule: Rule = {
  id: 'aws.accessanalyzer.enabled-in-region',
  title: 'IAM Access Analyzer (external access) is enabled in every region',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Region'],
  lookups: [ANALYZER_TYPE],
  rationale:
    'An external access analyzer continuously finds resources (S3 buckets, KMS keys, roles, queues, snapshots ...) whose ' +
    'policies let principals outside the account or organization in. It only analyses resources of its own region, so a ' +
    'region without one is a region where public or cross-account exposure goes unnoticed.',
  remediation: {
    steps: [
      'Create an external access analyzer in the region: with the organization as zone of trust from the management or delegated administrator account, otherwise with the account.',
      'Repeat for every enabled region (a StackSet or the landing zone can do it for all accounts and regions).',
    ],
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    terraform: 'resource "aws_accessanalyzer_analyzer" "external" {\n  analyzer_name = "external-access"\n  type          = "ACCOUNT" # or "ORGANIZATION" in the delegated administrator account\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-create-external.html',
    'https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzers.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-28',
  ],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.19' }],
  version: 1,
  evaluate(region, ctx) {
    const analyzers = needAll(ctx, ANALYZER_TYPE, { account: region.account, region: region.region });
    const all = analyzers.map((a) => ({ asset: a, summary: need<AnalyzerSummary>(a, 'analyzer') }));
    const external = all.filter((x) => EXTERNAL.has(x.summary.type ?? ''));
    const active = external.find((x) => x.summary.status === 'ACTIVE');
    if (active)
      return pass(`External access analyzer ${active.asset.name} (${active.summary.type}) is active in ${region.region}`, [
        { path: `${active.asset.id}#config.analyzer.status`, observed: 'ACTIVE', expected: 'ACTIVE' },
      ]);
    if (!external.length)
      return fail(`No external access analyzer in ${region.region}${analyzers.length ? ` (only ${analyzers.map((a) => a.name).join(', ')})` : ''}`, [
        { path: `${ANALYZER_TYPE}[].analyzer.type`, observed: all.map((x) => `${x.asset.name}: ${x.summary.type}`), expected: 'an ACTIVE ACCOUNT or ORGANIZATION analyzer' },
      ]);
    return fail(
      `No external access analyzer is active in ${region.region}: ${external.map((x) => `${x.asset.name} is ${x.summary.status}`).join(', ')}`,
      external.map((x) => ({ path: `${x.asset.id}#config.analyzer.status`, observed: x.summary.status ?? null, expected: 'ACTIVE' })),
    );
  },
};
