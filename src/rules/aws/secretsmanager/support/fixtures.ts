/** Fixture Secrets Manager secret assets for the rule tests (observed 2026-11-29). */
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import type { CollectedSecret } from './secret.js';

export const OBSERVED = '2026-11-29T00:00:00.000Z';

/** The ISO date `days` before the observation. */
export const daysBefore = (days: number) => new Date(Date.parse(OBSERVED) - days * 86_400_000).toISOString();

export function secretAsset(secret: Partial<CollectedSecret> = {}): Asset {
  return awsAsset({
    type: 'AWS::SecretsManager::Secret',
    kind: 'secret',
    id: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf',
    observedAt: OBSERVED,
    config: { secret: { Name: 'prod/db', ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf', CreatedDate: daysBefore(400), ...secret } },
  });
}

/** A secret whose listing failed (the asset would not exist; used to check rules never pass on gaps). */
export function deniedSecret(): Asset {
  return awsAsset({ type: 'AWS::SecretsManager::Secret', gaps: { secret: deniedGap('secretsmanager', 'ListSecrets', 'AccessDeniedException') } });
}
