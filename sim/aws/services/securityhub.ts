/**
 * AWS Security Hub CSPM (restJson1, signing name `securityhub`): DescribeHub.
 *
 * Estate section `regional[<region>].securityhub` ({@link SecurityHubSection}): `hub` in the DescribeHub
 * shape (all optional) when Security Hub is enabled in the region; absent or null when it is not. The
 * handler fills the ARN (`arn:aws:securityhub:<region>:<account>:hub/default`, one hub per account and
 * region), SubscribedAt, AutoEnableControls true and ControlFindingGenerator SECURITY_CONTROL (the
 * defaults of an account enabled since 2023).
 *
 * A region where the account is not subscribed answers InvalidAccessException (HTTP 401) "Account <id> is
 * not subscribed to AWS Security Hub", as AWS does; a HubArn that is not the caller's hub in the region is
 * a ResourceNotFoundException.
 */
import type { DescribeHubRequest, DescribeHubResponse } from '@aws-sdk/client-securityhub';
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimContext, type SimService } from '../service.js';
import { securityHubGenerator } from './securityhub/generator.js';

export interface SecurityHubSection {
  hub?: Omit<DescribeHubResponse, '$metadata' | 'HubArn'> | null;
}

function describeHub(input: DescribeHubRequest, ctx: SimContext): Omit<DescribeHubResponse, '$metadata'> {
  const hubArn = `arn:aws:securityhub:${ctx.region}:${ctx.account.id}:hub/default`;
  const hub = ctx.regional<SecurityHubSection>('securityhub').hub;
  if (!hub) throw new SimError('InvalidAccessException', `Account ${ctx.account.id} is not subscribed to AWS Security Hub`, 401);
  if (input.HubArn !== undefined && input.HubArn !== hubArn) throw new SimError('ResourceNotFoundException', `Hub ${input.HubArn} not found`, 404);
  return { HubArn: hubArn, SubscribedAt: '2023-06-14T08:21:37.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL', ...hub };
}

export const service: SimService = {
  signingName: 'securityhub',
  sdk: '@aws-sdk/client-securityhub',
  operations: { DescribeHub: describeHub },
};

export const generators: ResourceGenerator[] = [securityHubGenerator];
