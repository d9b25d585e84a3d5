import type { GetKeyPolicyResponse } from '@aws-sdk/client-kms';
import { fail, need, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { isAwsManaged, keyMetadata } from './support/key.js';
import { openStatements, type OpenStatement } from './support/key-policy.js';

export const rule: Rule = {
  id: 'aws.kms.key-policy-not-public',
  title: 'KMS key policies do not grant access to every AWS principal',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::KMS::Key'],
  rationale:
    'A key policy statement that allows Principal "*" without a condition on the caller\'s account, organization or network lets principals in any AWS account use (or manage) the key, and with it decrypt the data it protects.',
  remediation: {
    steps: [
      'Replace "*" with the account root ARN or specific role ARNs, or',
      'add a condition such as kms:CallerAccount, aws:PrincipalOrgID or aws:SourceVpce that pins the caller.',
    ],
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
    terraform: 'resource "aws_kms_key_policy" "k" {\n  key_id = aws_kms_key.k.id\n  policy = data.aws_iam_policy_document.k.json # no "*" principal without a caller condition\n}',
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account'],
  compliance: [{ framework: 'aws-fsbp', control: 'KMS.5' }],
  version: 1,
  evaluate(asset) {
    const m = keyMetadata(asset);
    if (isAwsManaged(m)) return notApplicable('AWS managed key: its policy is written by AWS and limited to your account through kms:CallerAccount');
    const p = need<Omit<GetKeyPolicyResponse, '$metadata'> | null>(asset, 'policy');
    if (!p?.Policy) return unknown('GetKeyPolicy returned no policy document', [{ path: 'config.policy.Policy', observed: null, expected: 'a policy document' }]);
    let open: OpenStatement[];
    try {
      open = openStatements(p.Policy);
    } catch {
      return unknown('The key policy is not valid JSON', [{ path: 'config.policy.Policy', observed: p.Policy.slice(0, 200), expected: 'JSON policy' }]);
    }
    if (!open.length) return pass('No statement allows an unrestricted "*" principal', [{ path: 'config.policy.Policy', observed: 'no open statements', expected: 'no open statements' }]);
    const ev = open.map((s) => ({ path: `config.policy.Policy.Statement[${s.index}]`, observed: { Sid: s.sid, Principal: s.principal, Action: s.actions }, expected: 'a named principal or a condition on the caller' }));
    return fail(`${open.length} statement(s) grant ${open.flatMap((s) => s.actions).join(', ') || 'access'} to every AWS principal (${open[0]!.why})`, ev);
  },
};
