import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { publicStatements } from './public-policy.js';

interface TopicAttributes {
  Attributes?: Record<string, string>;
}

export const rule: Rule = {
  id: 'aws.sns.topic-policy-not-public',
  title: 'SNS topic policies do not allow public access',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::SNS::Topic'],
  rationale:
    'A topic policy that allows Principal "*" without a condition pinning the caller lets any AWS account publish to the topic (spoofed alerts, message injection into subscribers) or subscribe to it (reading every message).',
  remediation: {
    steps: [
      'Replace Principal "*" with the accounts, roles or service principals that need access,',
      'or add a condition that pins the caller or source (aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID, AWS:SourceOwner).',
    ],
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
    terraform: 'resource "aws_sns_topic_policy" "example" {\n  arn    = aws_sns_topic.example.arn\n  policy = data.aws_iam_policy_document.topic.json # principals scoped to known accounts\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SNS.4' }],
  version: 1,
  evaluate(asset) {
    const a = need<TopicAttributes | null>(asset, 'attributes');
    const policy = a?.Attributes?.Policy;
    const r = publicStatements(policy);
    if (!r.ok) return unknown(r.error, [{ path: 'config.attributes.Attributes.Policy', observed: policy ?? null, expected: 'a JSON policy' }]);
    const ev = r.statements.map((s) => ({ path: `config.attributes.Attributes.Policy#${s.sid ?? 'statement'}`, observed: `${s.why}; actions ${s.actions.join(', ') || '(none)'}`, expected: 'no public grant' }));
    if (r.statements.length > 0) return fail(`The topic policy grants public access (${r.statements.map((s) => s.sid ?? 'unnamed statement').join(', ')})`, ev);
    return pass(policy ? 'No statement in the topic policy grants public access' : 'The topic has no policy', [
      { path: 'config.attributes.Attributes.Policy', observed: policy ? 'no public statements' : null, expected: 'no public grant' },
    ]);
  },
};
