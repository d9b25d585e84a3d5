import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { INSTANCE_ASPECT, isGone, needInstance } from './support/instance.js';

export const rule: Rule = {
  id: 'aws.ec2.instance-profile-attached',
  title: 'EC2 instances use an IAM instance role for AWS access',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::Instance'],
  rationale:
    'An instance without an instance profile can only call AWS with long-lived access keys written to disk, environment or ' +
    'code, where they leak, outlive the instance and are rarely rotated. An instance role hands out short-lived credentials ' +
    'that rotate themselves and only work from the instance.',
  remediation: {
    steps: [
      'Create a role with only the permissions the workload needs, and an instance profile for it.',
      'Attach the profile to the instance (no restart needed), move the application to the default credential chain, then deactivate and delete the access keys it used.',
    ],
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<instance-profile-name>',
    terraform:
      'resource "aws_iam_instance_profile" "app" {\n  name = "app"\n  role = aws_iam_role.app.name\n}\n\nresource "aws_instance" "app" {\n  # ...\n  iam_instance_profile = aws_iam_instance_profile.app.name\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
  ],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.17' }],
  version: 1,
  evaluate(asset) {
    const instance = needInstance(asset);
    if (isGone(instance)) return notApplicable(`Instance ${instance.InstanceId} is ${instance.State.Name}`);
    const profile = instance.IamInstanceProfile?.Arn ?? null;
    const evidence = [{ path: `config.${INSTANCE_ASPECT}.IamInstanceProfile.Arn`, observed: profile, expected: 'an instance profile ARN' }];
    // DescribeInstances names the profile, not its role: a profile emptied of its role still passes here,
    // as in the benchmark's command-line audit.
    return profile
      ? pass(`Instance ${instance.InstanceId} uses instance profile ${profile.split('/').pop()}`, evidence)
      : fail(`Instance ${instance.InstanceId} has no IAM instance profile`, evidence);
  },
};
