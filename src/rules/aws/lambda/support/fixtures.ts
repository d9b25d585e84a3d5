/** Fixture Lambda function assets for the rule tests. */
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import type { CollectedFunction } from './function.js';

export const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:111122223333:function:orders';

export function functionAsset(fn: Partial<CollectedFunction> = {}, policy?: unknown, observedAt = '2026-11-29T00:00:00.000Z'): Asset {
  return awsAsset({
    type: 'AWS::Lambda::Function',
    kind: 'compute.function',
    id: FUNCTION_ARN,
    observedAt,
    config: { function: { FunctionName: 'orders', FunctionArn: FUNCTION_ARN, Runtime: 'python3.13', PackageType: 'Zip', ...fn }, ...(policy !== undefined ? { policy } : {}) },
  });
}

export function deniedFunction(aspect: 'function' | 'policy', operation: string): Asset {
  const asset = functionAsset({}, null);
  delete asset.config[aspect];
  asset.gaps[aspect] = deniedGap('lambda', operation, 'AccessDeniedException');
  return asset;
}

export const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Id: 'default', Statement });
