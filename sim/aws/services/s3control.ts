/**
 * S3 Control, for the account-level Block Public Access setting. Estate section `global.s3control`:
 *
 *   publicAccessBlock?: PublicAccessBlockConfiguration   // absent or null: never configured
 *
 * GetPublicAccessBlock takes the account id (sent by the SDK as the x-amz-account-id header) and answers
 * NoSuchPublicAccessBlockConfiguration when nothing is configured; asking about another account is denied.
 */
import type { GetPublicAccessBlockOutput, GetPublicAccessBlockRequest, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimContext, type SimService } from '../service.js';

export interface S3ControlSection {
  publicAccessBlock?: PublicAccessBlockConfiguration | null;
}

function getPublicAccessBlock(input: GetPublicAccessBlockRequest, ctx: SimContext): GetPublicAccessBlockOutput {
  if (input.AccountId !== ctx.account.id)
    throw new SimError('AccessDenied', `User: ${ctx.principalArn} is not authorized to perform: s3:GetAccountPublicAccessBlock on account ${input.AccountId ?? ''}`, 403);
  const block = ctx.global<S3ControlSection>('s3control').publicAccessBlock;
  if (!block) throw new SimError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
  return { PublicAccessBlockConfiguration: block };
}

export const service: SimService = {
  signingName: 's3control',
  sdk: '@aws-sdk/client-s3-control',
  operations: { GetPublicAccessBlock: getPublicAccessBlock },
};

/** One setting per account: 80% fully on, 10% never configured, 10% partly on. */
const accountBlockGenerator: ResourceGenerator = {
  service: 's3control',
  scope: 'global',
  build(_n, { rng }) {
    const r = rng();
    const all = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    const publicAccessBlock = r < 0.8 ? all : r < 0.9 ? null : { ...all, RestrictPublicBuckets: false };
    return { section: { publicAccessBlock }, assets: 1 };
  },
};

export const generators: ResourceGenerator[] = [accountBlockGenerator];
