/** Fixture ECR repository assets for the rule tests. */
import type { Repository, RepositoryScanningConfiguration } from '@aws-sdk/client-ecr';
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import type { CollectedLifecyclePolicy } from './repository.js';

const ARN = 'arn:aws:ecr:us-east-1:111122223333:repository/services/orders';

export function repoAsset(init: { repository?: Partial<Repository>; scanning?: Partial<RepositoryScanningConfiguration> | null; policy?: unknown; lifecycle?: CollectedLifecyclePolicy | null } = {}): Asset {
  const config: Record<string, unknown> = {
    repository: { repositoryName: 'services/orders', repositoryArn: ARN, imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false }, ...init.repository },
  };
  if (init.scanning !== undefined) config.scanningConfiguration = init.scanning && { repositoryName: 'services/orders', repositoryArn: ARN, ...init.scanning };
  if (init.policy !== undefined) config.policy = init.policy;
  if (init.lifecycle !== undefined) config.lifecyclePolicy = init.lifecycle;
  return awsAsset({ type: 'AWS::ECR::Repository', kind: 'container.registry', id: ARN, config });
}

export function deniedRepo(aspect: string, operation: string): Asset {
  return awsAsset({ type: 'AWS::ECR::Repository', config: { repository: { repositoryName: 'services/orders' } }, gaps: { [aspect]: deniedGap('ecr', operation, 'AccessDeniedException') } });
}
