import { fail, MissingData, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { FUNCTION_ASPECT, needFunction } from './support/function.js';
import { RUNTIME_DEPRECATION, runtimeStatus } from './support/runtimes.js';

export const rule: Rule = {
  id: 'aws.lambda.function-runtime-supported',
  title: 'Lambda functions use a runtime Lambda still supports',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::Lambda::Function'],
  rationale:
    'Once Lambda deprecates a runtime it stops applying security patches to its language runtime and operating system, and the function loses technical support; soon after, it can no longer be updated, which turns the next urgent fix into a migration.',
  remediation: {
    steps: [
      'Pick the newest runtime of the same language (see the Lambda runtimes page).',
      'Test the function on it, then update the function configuration and redeploy.',
    ],
    cli: 'aws lambda update-function-configuration --function-name <function> --runtime <supported-runtime>',
    terraform: 'resource "aws_lambda_function" "example" {\n  # ...\n  runtime = "python3.13"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'Lambda.2' }],
  version: 1,
  evaluate(asset) {
    const fn = needFunction(asset);
    const path = `config.${FUNCTION_ASPECT}.Runtime`;
    // Container images bring their own runtime; Lambda has none to deprecate.
    if (fn.PackageType === 'Image') return notApplicable('The function is deployed as a container image');
    const runtime = fn.Runtime;
    if (!runtime) throw new MissingData('ListFunctions returned no Runtime for a .zip function', [{ path, observed: null, expected: 'a runtime identifier' }]);
    const status = runtimeStatus(runtime, new Date(asset.observedAt));
    if (!status.known)
      throw new MissingData(`Runtime ${runtime} is not in Parapet's runtime table (${Object.keys(RUNTIME_DEPRECATION).length} known runtimes)`, [{ path, observed: runtime, expected: 'a runtime with a known support status' }]);
    const evidence = [
      { path, observed: runtime, expected: 'a runtime Lambda has not deprecated' },
      { path: `lambda-runtimes(${runtime}).deprecationDate`, observed: status.date, expected: `later than ${asset.observedAt.slice(0, 10)} or none` },
    ];
    if (status.deprecated) return fail(`Runtime ${runtime} was deprecated on ${status.date}`, evidence);
    return pass(status.date ? `Runtime ${runtime} is supported until ${status.date}` : `Runtime ${runtime} is supported with no deprecation scheduled`, evidence);
  },
};
