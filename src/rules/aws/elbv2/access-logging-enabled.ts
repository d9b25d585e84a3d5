import type { Rule } from '../../../core/rule.js';
import { attributeVerdict } from './support/attribute-rule.js';

export const rule: Rule = {
  id: 'aws.elbv2.access-logging-enabled',
  title: 'Application Load Balancers write access logs',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  rationale:
    'Access logs record every request the load balancer received: client address, path, status, TLS protocol and cipher. Without them, scanning, credential stuffing and exploitation attempts against the application leave no record outside the application itself.',
  remediation: {
    steps: [
      'Create an S3 bucket in the same region whose policy lets Elastic Load Balancing log delivery write to it.',
      'Enable access logs on the load balancer with that bucket (and a prefix).',
    ],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket> Key=access_logs.s3.prefix,Value=<prefix>',
    terraform: 'resource "aws_lb" "example" {\n  # ...\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    prefix  = "example"\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ELB.5' }],
  version: 1,
  evaluate(asset) {
    // ELB.5 covers Application (and Classic) Load Balancers; NLB logs only cover TLS listeners.
    return attributeVerdict(asset, 'access_logs.s3.enabled', ['application'], 'access logging');
  },
};
