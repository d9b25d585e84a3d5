/**
 * AWS CloudTrail (awsJson1_1, signing name `cloudtrail`): DescribeTrails, GetTrailStatus, GetEventSelectors.
 *
 * Estate section `regional[<home region>].cloudtrail` ({@link CloudTrailSection}): each trail is written
 * once, in its home region. As in AWS, DescribeTrails in another region also returns the account's
 * multi-region trails (shadow trails) unless `includeShadowTrails` is false, and GetTrailStatus /
 * GetEventSelectors accept a trail name only in its home region (elsewhere the ARN is required), else
 * TrailNotFoundException. DescribeTrails is not paginated.
 */
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimContext, type SimService } from '../service.js';
import { cloudtrailGenerator } from './cloudtrail/generator.js';
import { describeTrail, eventSelectors, trailArn, trailStatus, type Located, type SimTrail } from './cloudtrail/trails.js';

export type { SimTrail } from './cloudtrail/trails.js';

export interface CloudTrailSection {
  trails?: SimTrail[];
}

/** Every trail of the caller's account, with its home region. */
function accountTrails(ctx: SimContext): Located[] {
  return Object.entries(ctx.account.regional ?? {}).flatMap(([home, services]) =>
    ((services?.cloudtrail as CloudTrailSection | undefined)?.trails ?? []).map((trail) => ({ trail, home, account: ctx.account.id })),
  );
}

/** Trails visible in the call's region: its own, plus other regions' multi-region trails when shadows are wanted. */
function visible(ctx: SimContext, shadows: boolean): Located[] {
  return accountTrails(ctx).filter((t) => t.home === ctx.region || (shadows && t.trail.IsMultiRegionTrail === true));
}

/** A trail by name (home region only) or ARN (any region where it is visible). */
function find(ctx: SimContext, ref: string | undefined): Located {
  const t = visible(ctx, true).find((x) => (x.home === ctx.region && x.trail.Name === ref) || trailArn(x) === ref);
  if (!t) throw new SimError('TrailNotFoundException', `Unknown trail: ${ref ?? ''} for the user: ${ctx.account.id}`, 400);
  return t;
}

export const service: SimService = {
  signingName: 'cloudtrail',
  sdk: '@aws-sdk/client-cloudtrail',
  operations: {
    DescribeTrails(input: { trailNameList?: string[]; includeShadowTrails?: boolean }, ctx) {
      const wanted = input.trailNameList?.length ? new Set(input.trailNameList) : undefined;
      const trails = visible(ctx, input.includeShadowTrails ?? true).filter((t) => !wanted || wanted.has(t.trail.Name) || wanted.has(trailArn(t)));
      return { trailList: trails.map(describeTrail) };
    },

    GetTrailStatus(input: { Name?: string }, ctx) {
      return trailStatus(find(ctx, input.Name));
    },

    GetEventSelectors(input: { TrailName?: string }, ctx) {
      return eventSelectors(find(ctx, input.TrailName));
    },
  },
};

export const generators: ResourceGenerator[] = [cloudtrailGenerator];
