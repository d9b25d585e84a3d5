import type { Rule } from '../../../core/rule.js';
import { attributeVerdict } from './support/attribute-rule.js';

export const rule: Rule = {
  id: 'aws.elbv2.alb-drops-invalid-headers',
  title: 'Application Load Balancers drop invalid HTTP header fields',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  rationale:
    'By default an ALB forwards headers whose names do not conform to the HTTP standard. Back ends that parse them differently from the load balancer can be attacked with request smuggling and header injection; dropping them at the edge removes that ambiguity.',
  remediation: {
    steps: ['Check that no client relies on non-conforming header names.', 'Set routing.http.drop_invalid_header_fields.enabled to true.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: 'resource "aws_lb" "example" {\n  # ...\n  drop_invalid_header_fields = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#drop-invalid-header-fields',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ELB.4' }],
  version: 1,
  evaluate(asset) {
    return attributeVerdict(asset, 'routing.http.drop_invalid_header_fields.enabled', ['application'], 'dropping invalid header fields');
  },
};
