/** Fixture EKS cluster assets for the rule tests. */
import type { Cluster } from '@aws-sdk/client-eks';
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';

export function clusterAsset(cluster: Partial<Cluster> = {}, observedAt = '2026-11-29T00:00:00.000Z'): Asset {
  return awsAsset({
    type: 'AWS::EKS::Cluster',
    kind: 'container.cluster',
    id: 'arn:aws:eks:us-east-1:111122223333:cluster/prod',
    observedAt,
    config: {
      cluster: {
        name: 'prod',
        version: '1.35',
        resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
        ...cluster,
      },
    },
  });
}

/** A cluster whose DescribeCluster call was denied. */
export function deniedCluster(): Asset {
  return awsAsset({ type: 'AWS::EKS::Cluster', gaps: { cluster: deniedGap('eks', 'DescribeCluster', 'AccessDeniedException') } });
}
