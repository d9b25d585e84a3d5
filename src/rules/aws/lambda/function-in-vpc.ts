import { fail, pass, type Rule } from '../../../core/rule.js';
import { FUNCTION_ASPECT, needFunction } from './support/function.js';

export const rule: Rule = {
  id: 'aws.lambda.function-in-vpc',
  title: 'Lambda functions are connected to a VPC',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::Lambda::Function'],
  rationale:
    'A function attached to a VPC reaches private resources without them being exposed, and its outbound traffic goes through the VPC where security groups, NACLs, flow logs and egress controls apply. Outside a VPC it talks to the internet directly.',
  remediation: {
    steps: [
      'Choose private subnets in at least two Availability Zones and a security group for the function.',
      'Give the execution role the AWSLambdaVPCAccessExecutionRole permissions, then attach the function to the VPC.',
      'Add VPC endpoints or a NAT gateway for the AWS services and internet destinations it calls.',
    ],
    cli: 'aws lambda update-function-configuration --function-name <function> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg-id>',
    terraform: 'resource "aws_lambda_function" "example" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n    security_group_ids = [aws_security_group.lambda.id]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3',
  ],
  compliance: [{ framework: 'nist-800-53-r5', control: 'SC-7' }],
  version: 1,
  evaluate(asset) {
    const fn = needFunction(asset);
    // ListFunctions reports functions outside a VPC with no VpcConfig or with an empty VpcId.
    const vpc = fn.VpcConfig?.VpcId || null;
    const evidence = [{ path: `config.${FUNCTION_ASPECT}.VpcConfig.VpcId`, observed: vpc, expected: 'a VPC id' }];
    if (!vpc) return fail('The function is not connected to a VPC', evidence);
    return pass(`The function is connected to ${vpc} (${fn.VpcConfig?.SubnetIds?.length ?? 0} subnets)`, evidence);
  },
};
