import { fail, pass, type Rule } from '../../../core/rule.js';
import { isAwsManagedPolicy, principalDetails } from './support/principal-details.js';

const POLICY = 'AWSCloudShellFullAccess';

export const rule: Rule = {
  id: 'aws.iam.no-cloudshell-full-access',
  title: `No IAM user, group or role has ${POLICY} attached`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
  rationale:
    'AWSCloudShellFullAccess includes file upload and download to a shell with internet access and sudo: ' +
    'a ready-made channel to move data out of the account. Grant a custom CloudShell policy that denies ' +
    'file transfer instead.',
  remediation: {
    steps: [
      `Detach ${POLICY} from the principal.`,
      'If CloudShell is needed, attach a customer managed policy that allows cloudshell:* but denies cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls.',
    ],
    cli: `aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/${POLICY}  # detach-user-policy / detach-group-policy for users and groups`,
    terraform: `# Remove the aws_iam_*_policy_attachment that references arn:aws:iam::aws:policy/${POLICY}.`,
  },
  references: [
    'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-27',
  ],
  // Security Hub checks this as IAM.27, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.21' }],
  version: 1,
  evaluate(asset) {
    const attached = principalDetails(asset).AttachedManagedPolicies ?? [];
    const hit = attached.find((p) => isAwsManagedPolicy(p, POLICY));
    const ev = [{ path: 'config.details.AttachedManagedPolicies', observed: attached.map((p) => p.PolicyArn ?? p.PolicyName ?? '?'), expected: `not containing ${POLICY}` }];
    return hit ? fail(`${POLICY} is attached`, ev) : pass(`${POLICY} is not attached`, ev);
  },
};
