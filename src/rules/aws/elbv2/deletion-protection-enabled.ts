import type { Rule } from '../../../core/rule.js';
import { attributeVerdict } from './support/attribute-rule.js';

export const rule: Rule = {
  id: 'aws.elbv2.deletion-protection-enabled',
  title: 'Load balancers have deletion protection enabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  rationale:
    'Deleting a load balancer takes the application offline and frees its DNS name; with deletion protection, a mistaken console click, script or compromised credential cannot do it without first changing the attribute.',
  remediation: {
    steps: ['Set deletion_protection.enabled to true on every production load balancer.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'resource "aws_lb" "example" {\n  # ...\n  enable_deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#deletion-protection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ELB.6' }],
  version: 1,
  evaluate(asset) {
    return attributeVerdict(asset, 'deletion_protection.enabled', ['application', 'network', 'gateway'], 'deletion protection');
  },
};
