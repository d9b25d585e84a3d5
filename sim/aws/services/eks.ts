/**
 * Amazon EKS (restJson1; signing name `eks`): ListClusters and DescribeCluster.
 *
 * Estate section `regional[<region>].eks` ({@link EksSection}): clusters in DescribeCluster's shape
 * (`Cluster`), only `name` required. The handler fills what EKS fills for a cluster created with the
 * defaults: ARN, endpoint, ACTIVE status, a public endpoint open to 0.0.0.0/0 with the private endpoint
 * off, every control-plane log type disabled, no envelope encryption config. `resourcesVpcConfig` given
 * in the estate is merged over those defaults. ListClusters pages with nextToken, 100 names at most
 * (its default and maximum).
 */
import type { Cluster, LogType } from '@aws-sdk/client-eks';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { eksGenerator } from './eks/generator.js';

export type EksClusterEntry = Partial<Cluster> & { name: string };

export interface EksSection {
  clusters?: EksClusterEntry[];
}

const MAX_RESULTS = 100;
const LOG_TYPES: LogType[] = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

function hex(s: string, n: number): string {
  let h = 0x811c9dc5;
  let out = '';
  while (out.length < n) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
    s += '#';
  }
  return out.slice(0, n).toUpperCase();
}

export function describe(ctx: SimContext, c: EksClusterEntry): Cluster {
  const id = hex(`${ctx.account.id}/${ctx.region}/${c.name}`, 32);
  const { resourcesVpcConfig, ...rest } = c;
  return {
    arn: `arn:aws:eks:${ctx.region}:${ctx.account.id}:cluster/${c.name}`,
    createdAt: new Date('2025-03-01T00:00:00Z'),
    version: '1.33',
    endpoint: `https://${id}.gr7.${ctx.region}.eks.amazonaws.com`,
    roleArn: `arn:aws:iam::${ctx.account.id}:role/${c.name}-cluster-role`,
    kubernetesNetworkConfig: { serviceIpv4Cidr: '172.20.0.0/16', ipFamily: 'ipv4' },
    logging: { clusterLogging: [{ types: LOG_TYPES, enabled: false }] },
    identity: { oidc: { issuer: `https://oidc.eks.${ctx.region}.amazonaws.com/id/${id}` } },
    status: 'ACTIVE',
    platformVersion: 'eks.10',
    tags: {},
    accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
    upgradePolicy: { supportType: 'EXTENDED' },
    ...rest,
    resourcesVpcConfig: {
      subnetIds: [`subnet-${id.slice(0, 17).toLowerCase()}`],
      securityGroupIds: [],
      clusterSecurityGroupId: `sg-${id.slice(8, 25).toLowerCase()}`,
      vpcId: `vpc-${id.slice(4, 21).toLowerCase()}`,
      endpointPublicAccess: true,
      endpointPrivateAccess: false,
      publicAccessCidrs: ['0.0.0.0/0'],
      ...resourcesVpcConfig,
    },
  };
}

export const service: SimService = {
  signingName: 'eks',
  sdk: '@aws-sdk/client-eks',
  operations: {
    ListClusters(input: { maxResults?: number; nextToken?: string; include?: string[] }, ctx) {
      if (input.maxResults !== undefined && (input.maxResults < 1 || input.maxResults > MAX_RESULTS))
        throw new SimError('InvalidParameterException', 'maxResults must be between 1 and 100', 400);
      const names = (ctx.regional<EksSection>('eks').clusters ?? []).map((c) => c.name);
      const p = page(names, input.nextToken, input.maxResults, MAX_RESULTS);
      return { clusters: p.items, ...(p.next ? { nextToken: p.next } : {}) };
    },

    DescribeCluster(input: { name?: string }, ctx) {
      const c = (ctx.regional<EksSection>('eks').clusters ?? []).find((x) => x.name === input.name);
      if (!c) throw new SimError('ResourceNotFoundException', `No cluster found for name: ${input.name}.`, 404);
      return { cluster: describe(ctx, c) };
    },
  },
};

export const generators: ResourceGenerator[] = [eksGenerator];
