import { GetAccountAuthorizationDetailsCommand, type EntityType, type GetAccountAuthorizationDetailsCommandOutput, type IAMClient } from '@aws-sdk/client-iam';
import type { AwsCollectContext } from '../../../collector.js';

/** The API's maximum: a few calls cover thousands of entities (IAM allows 20 requests a second). */
const PAGE_SIZE = 1000;

/**
 * Every page of GetAccountAuthorizationDetails for one entity type. One listing carries each entity's
 * inline and attached policies (and, for roles, trust policy and last use), so no per-entity call is needed.
 */
export function authorizationDetails(ctx: AwsCollectContext, iam: IAMClient, filter: EntityType): AsyncIterable<GetAccountAuthorizationDetailsCommandOutput> {
  return ctx.pages(
    'GetAccountAuthorizationDetails',
    (Marker) => iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: [filter], MaxItems: PAGE_SIZE, Marker })),
    (page) => (page.IsTruncated ? page.Marker : undefined),
  );
}
