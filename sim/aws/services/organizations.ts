/**
 * AWS Organizations (awsJson1_1, signing name `organizations`): DescribeOrganization, ListAccounts and
 * ListRoots from the estate's `organization` and `accounts`. Every estate account is a member; the listing
 * operations answer the management account only (AccessDeniedException otherwise, as AWS does for members),
 * and every call fails with AWSOrganizationsNotInUseException when the estate has no organization.
 */
import type { Estate } from '../estate.js';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';

const JOINED = new Date('2020-01-01T00:00:00Z');
const POLICY_TYPES = [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }];

function org(ctx: SimContext): NonNullable<Estate['organization']> {
  const o = ctx.estate.organization;
  if (!o) throw new SimError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400);
  return o;
}

function management(ctx: SimContext): NonNullable<Estate['organization']> {
  const o = org(ctx);
  if (ctx.account.id !== o.managementAccountId) throw new SimError('AccessDeniedException', "You don't have permissions to access this resource.", 400);
  return o;
}

function rootId(orgId: string): string {
  return `r-${orgId.replace(/^o-/, '').slice(0, 4).padEnd(4, '0')}`;
}

export const service: SimService = {
  signingName: 'organizations',
  sdk: '@aws-sdk/client-organizations',
  operations: {
    DescribeOrganization(_input, ctx) {
      const o = org(ctx);
      const mgmt = ctx.estate.accounts.find((a) => a.id === o.managementAccountId);
      return {
        Organization: {
          Id: o.id,
          Arn: `arn:aws:organizations::${o.managementAccountId}:organization/${o.id}`,
          FeatureSet: 'ALL',
          MasterAccountArn: `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${o.managementAccountId}`,
          MasterAccountId: o.managementAccountId,
          MasterAccountEmail: mgmt?.email ?? `aws+${o.managementAccountId}@example.com`,
          AvailablePolicyTypes: POLICY_TYPES,
        },
      };
    },

    ListAccounts(input: { NextToken?: string; MaxResults?: number }, ctx) {
      const o = management(ctx);
      if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > 20))
        throw new SimError('InvalidInputException', 'You provided a value that does not match the required pattern.', 400);
      const p = page(ctx.estate.accounts, input.NextToken, input.MaxResults, 20);
      return {
        Accounts: p.items.map((a) => {
          const status = a.status ?? 'ACTIVE';
          return {
            Id: a.id,
            Arn: `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${a.id}`,
            Email: a.email ?? `aws+${a.id}@example.com`,
            Name: a.name,
            Status: status,
            State: status,
            JoinedMethod: a.id === o.managementAccountId ? 'CREATED' : 'INVITED',
            JoinedTimestamp: JOINED,
          };
        }),
        NextToken: p.next,
      };
    },

    ListRoots(input: { NextToken?: string; MaxResults?: number }, ctx) {
      const o = management(ctx);
      const id = rootId(o.id);
      const p = page([{ Id: id, Arn: `arn:aws:organizations::${o.managementAccountId}:root/${o.id}/${id}`, Name: 'Root', PolicyTypes: POLICY_TYPES }], input.NextToken, input.MaxResults, 20);
      return { Roots: p.items, NextToken: p.next };
    },
  },
};

export const generators: ResourceGenerator[] = [];
