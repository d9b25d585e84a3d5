/**
 * `aws_eks_cluster` → `AWS::EKS::Cluster` (aspect `cluster`, DescribeCluster's `cluster`). Omitted arguments
 * take EKS's defaults: public endpoint on and open to 0.0.0.0/0, private endpoint off, no control plane log
 * types, no secrets encryption. An omitted `version` is whatever EKS offers as default on the day the cluster
 * is created, so it is left out (the version rule says unknown).
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, type IacResource } from '../../../model.js';
import { AssetBuilder, block, blocks, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, kmsKeyRef, list, placement, present, str } from './common.js';

export const EKS_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

function logging(v: unknown): unknown {
  const enabled = list(v);
  if (isUnknown(enabled)) return enabled;
  if (enabled.some(isUnknown)) return enabled.find(isUnknown);
  const on = enabled.map(String);
  const off = EKS_LOG_TYPES.filter((t) => !on.includes(t));
  return { clusterLogging: [...(on.length ? [{ types: on, enabled: true }] : []), ...(off.length ? [{ types: off, enabled: false }] : [])] };
}

function encryption(v: unknown, from: IacResource): unknown {
  if (isUnknown(v)) return v;
  return blocks(v).map((e) => {
    const p = block(e.provider);
    const key = p ? kmsKeyRef(p.key_arn, from) : undefined;
    return compact({ resources: list(e.resources), provider: p ? { keyArn: isUnknown(key) ? present(key) : key } : undefined });
  });
}

function mapCluster(r: IacResource, ctx: MapContext): Asset {
  const v = r.values;
  const name = knownString(v.name);
  const { region, account, partition } = placement(r);
  const tags = awsTags(r);
  const id = name && region && account ? `arn:${partition}:eks:${region}:${account}:cluster/${name}` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id, type: 'AWS::EKS::Cluster', kind: 'container.cluster', name: name ?? r.address, account, region, tags }, r, ctx, 'eks');
  b.aspect('cluster', () => {
    const vpc = block(v.vpc_config) ?? {};
    const publicAccess = bool(vpc.endpoint_public_access, true);
    const cidrs = vpc.public_access_cidrs === undefined || vpc.public_access_cidrs === null ? ['0.0.0.0/0'] : list(vpc.public_access_cidrs);
    return compact({
      name: name ?? v.name,
      ...(id.startsWith('arn:') ? { arn: id } : {}),
      version: ifKnown(str(v.version)),
      status: 'ACTIVE',
      resourcesVpcConfig: compact({
        endpointPublicAccess: publicAccess,
        endpointPrivateAccess: bool(vpc.endpoint_private_access, false),
        publicAccessCidrs: cidrs,
      }),
      logging: logging(v.enabled_cluster_log_types),
      encryptionConfig: v.encryption_config === undefined ? undefined : encryption(v.encryption_config, r),
      tags,
    });
  });
  return b.build();
}

export const eksMapper: IacMapper = {
  provider: 'aws',
  types: ['aws_eks_cluster'],
  map(resources, ctx) {
    return resources.filter((r) => r.type === 'aws_eks_cluster' && r.mode === 'managed').map((r) => mapCluster(r, ctx));
  },
};
