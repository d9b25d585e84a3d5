import type { Image } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.ec2.image-not-public',
  title: 'AMIs owned by the account are not public',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::Image'],
  rationale:
    'A public AMI can be launched by anyone: every file baked into it (keys, configuration, application code, ' +
    'data left on the volume) is published with it.',
  remediation: {
    steps: [
      'Remove the "all" group from the AMI launch permissions.',
      'Enable block public access for AMIs in every region so no new AMI can be made public.',
    ],
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
    terraform: 'resource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
  ],
  // Neither CIS v5.0.0 nor the FSBP standard has a control for public AMIs; NIST 800-53 r5 access
  // enforcement and boundary protection are what Security Hub maps the equivalent public-snapshot control to.
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-3' },
    { framework: 'nist-800-53-r5', control: 'SC-7' },
  ],
  version: 1,
  evaluate(asset) {
    const image = need<Image | null>(asset, 'image');
    const evidence = [{ path: 'config.image.Public', observed: image?.Public ?? null, expected: false }];
    if (typeof image?.Public !== 'boolean') throw new MissingData('the image Public flag was not returned', evidence);
    return image.Public ? fail(`AMI ${image.ImageId} is public`, evidence) : pass(`AMI ${image.ImageId} is private`, evidence);
  },
};
