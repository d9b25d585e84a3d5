import { fail, MissingData, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { INSTANCE_ASPECT, isGone, needInstance } from './support/instance.js';

export const rule: Rule = {
  id: 'aws.ec2.instance-imdsv2-required',
  title: 'EC2 instances require IMDSv2 (session tokens) for instance metadata',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::Instance'],
  rationale:
    'IMDSv1 answers any plain GET, so a server-side request forgery in an application can read the instance role ' +
    'credentials. IMDSv2 requires a session token obtained with a PUT, which SSRF and open proxies cannot do.',
  remediation: {
    steps: [
      'Check that the software on the instance uses an SDK version that supports IMDSv2.',
      'Set the instance metadata options to HttpTokens=required (or disable the endpoint if unused).',
      'Set the account default for new instances with modify-instance-metadata-defaults.',
    ],
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform: 'resource "aws_instance" "app" {\n  # ...\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.7' },
    { framework: 'aws-fsbp', control: 'EC2.8' },
  ],
  version: 1,
  evaluate(asset) {
    const instance = needInstance(asset);
    if (isGone(instance)) return notApplicable(`Instance ${instance.InstanceId} is ${instance.State.Name}`);
    const options = instance.MetadataOptions;
    const evidence = [
      { path: `config.${INSTANCE_ASPECT}.MetadataOptions.HttpTokens`, observed: options?.HttpTokens ?? null, expected: 'required' },
      { path: `config.${INSTANCE_ASPECT}.MetadataOptions.HttpEndpoint`, observed: options?.HttpEndpoint ?? null, expected: 'enabled with tokens required, or disabled' },
    ];
    if (!options?.HttpTokens && !options?.HttpEndpoint) throw new MissingData('instance metadata options were not returned', evidence);
    // With the endpoint off there is no metadata service for IMDSv1 to expose.
    if (options.HttpEndpoint === 'disabled') return pass(`Instance metadata endpoint of ${instance.InstanceId} is disabled`, evidence);
    if (options.HttpTokens === 'required') return pass(`Instance ${instance.InstanceId} requires IMDSv2`, evidence);
    if (!options.HttpTokens) throw new MissingData('HttpTokens was not returned', evidence);
    return fail(`Instance ${instance.InstanceId} allows IMDSv1 (HttpTokens=${options.HttpTokens})`, evidence);
  },
};
