import type { Evidence } from '../../../core/verdict.js';
import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { POLICY_ASPECT } from './support/function.js';
import { asList, openGrants, pinningKey, servicePrincipals, statementsOf, type PolicyStatement } from './support/public-statements.js';

/** Keys that tie an S3 notification to the bucket owner's account (bucket ARNs carry no account id). */
const SOURCE_ACCOUNT_KEYS = ['aws:sourceaccount', 'aws:sourceowner'];

/**
 * Statements that let S3 invoke the function for any bucket owner: S3 principal without aws:SourceAccount.
 * Anyone who registers a bucket with the named bucket's name (after it is deleted) could trigger the function.
 */
function s3WithoutSourceAccount(statements: PolicyStatement[]): Array<{ index: number; s: PolicyStatement }> {
  return statements
    .map((s, index) => ({ index, s }))
    .filter(({ s }) => s.Effect === 'Allow' && servicePrincipals(s).includes('s3.amazonaws.com') && !pinningKey(s.Condition, SOURCE_ACCOUNT_KEYS));
}

function viaUrl(s: PolicyStatement): boolean {
  const auth = Object.values(s.Condition ?? {}).flatMap((c) => Object.entries(c ?? {})).find(([k]) => k.toLowerCase() === 'lambda:functionurlauthtype');
  return auth !== undefined && String(auth[1]) === 'NONE';
}

export const rule: Rule = {
  id: 'aws.lambda.function-not-public',
  title: 'Lambda function policies do not allow public invocation',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::Lambda::Function'],
  rationale:
    'A function policy that grants Principal "*" without a condition pinning the caller lets anyone invoke the function: they can run its code with its role, read what it returns, and run up cost. S3 triggers without aws:SourceAccount are also open: a bucket name can be re-registered by another account after deletion.',
  remediation: {
    steps: [
      'Find the statement named in the evidence (aws lambda get-policy).',
      'Remove it, or re-add it naming the account or service that needs to invoke the function with aws:SourceArn and aws:SourceAccount conditions.',
      'For function URLs, use AuthType AWS_IAM unless the endpoint is meant to be public (and then front it with authentication in code).',
    ],
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid>\naws lambda add-permission --function-name <function> --statement-id <sid> --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::<bucket> --source-account <account-id>',
    terraform: 'resource "aws_lambda_permission" "from_bucket" {\n  statement_id   = "AllowS3Invoke"\n  action         = "lambda:InvokeFunction"\n  function_name  = aws_lambda_function.example.function_name\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.example.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/lambda-function-public-access-prohibited.html',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'Lambda.1' }],
  version: 1,
  evaluate(asset) {
    const policy = need<unknown>(asset, POLICY_ASPECT);
    if (policy === null) return pass('The function has no resource-based policy', [{ path: `config.${POLICY_ASPECT}`, observed: null, expected: 'no public grant' }]);
    const statements = statementsOf(policy);
    if (!statements.ok) return unknown(`The function policy could not be read: ${statements.error}`, [{ path: `config.${POLICY_ASPECT}`, observed: policy, expected: 'a policy document' }]);
    const open = openGrants(statements.value);
    const evidence: Evidence[] = open.map((g) => ({
      path: `config.${POLICY_ASPECT}.Statement[${g.index}]`,
      observed: `${g.sid ?? 'unnamed'}: ${g.why}${viaUrl(statements.value[g.index]!) ? ' (function URL with AuthType NONE)' : ''}; actions ${g.actions.join(', ') || '(none)'}`,
      expected: 'no public grant',
    }));
    for (const { index, s } of s3WithoutSourceAccount(statements.value)) {
      if (open.some((g) => g.index === index)) continue;
      evidence.push({ path: `config.${POLICY_ASPECT}.Statement[${index}]`, observed: `${s.Sid ?? 'unnamed'}: S3 may invoke for any bucket owner (no aws:SourceAccount); actions ${asList(s.Action).join(', ')}`, expected: 'S3 invocations pinned by aws:SourceAccount' });
    }
    if (evidence.length) return fail(`The function policy allows public invocation (${evidence.length} statement${evidence.length > 1 ? 's' : ''})`, evidence);
    return pass(`None of the ${statements.value.length} policy statements grants public invocation`, [{ path: `config.${POLICY_ASPECT}.Statement`, observed: `${statements.value.length} statements, none public`, expected: 'no public grant' }]);
  },
};
