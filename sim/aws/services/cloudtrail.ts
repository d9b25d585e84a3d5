/**
 * AWS CloudTrail (awsJson1_1, signing name `cloudtrail`): DescribeTrails, GetTrailStatus, GetEventSelectors.
 *
 * Estate section `regional[<home region>].cloudtrail` ({@link CloudTrailSection}): each trail is written
 * once, in its home region of the account that owns it. As in AWS, DescribeTrails also returns shadow
 * trails unless `includeShadowTrails` is false: the account's multi-region trails in its other regions,
 * and in member accounts of the estate's organization, the management account's organization trails
 * (`IsOrganizationTrail`). GetTrailStatus / GetEventSelectors accept a trail name only for the account's
 * own trail in its home region; shadows need the ARN (else TrailNotFoundException). Not paginated.
 */
import type { AccountEstate } from '../estate.js';
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimContext, type SimService } from '../service.js';
import { cloudtrailGenerator } from './cloudtrail/generator.js';
import { describeTrail, eventSelectors, trailArn, trailStatus, type Located, type SimTrail } from './cloudtrail/trails.js';

export type { SimTrail } from './cloudtrail/trails.js';

export interface CloudTrailSection {
  trails?: SimTrail[];
}

/** Every trail an account owns, with its home region. */
function ownedBy(account: AccountEstate): Located[] {
  return Object.entries(account.regional ?? {}).flatMap(([home, services]) =>
    ((services?.cloudtrail as CloudTrailSection | undefined)?.trails ?? []).map((trail) => ({ trail, home, account: account.id })),
  );
}

/** The management account's organization trails, as a member account of the organization sees them. */
function organizationTrails(ctx: SimContext): Located[] {
  const mgmt = ctx.estate.organization?.managementAccountId;
  const owner = mgmt && mgmt !== ctx.account.id ? ctx.estate.accounts.find((a) => a.id === mgmt) : undefined;
  return owner ? ownedBy(owner).filter((t) => t.trail.IsOrganizationTrail === true) : [];
}

/** Trails visible in the call's region: its own, plus (with shadows) other regions' multi-region trails and organization trails. */
function visible(ctx: SimContext, shadows: boolean): Located[] {
  const inRegion = (t: Located) => t.home === ctx.region || t.trail.IsMultiRegionTrail === true;
  const own = ownedBy(ctx.account).filter((t) => t.home === ctx.region || (shadows && inRegion(t)));
  return shadows ? [...own, ...organizationTrails(ctx).filter(inRegion)] : own;
}

/** A trail by name (home region only) or ARN (any region where it is visible). */
function find(ctx: SimContext, ref: string | undefined): Located {
  const t = visible(ctx, true).find((x) => (x.account === ctx.account.id && x.home === ctx.region && x.trail.Name === ref) || trailArn(x) === ref);
  if (!t) throw new SimError('TrailNotFoundException', `Unknown trail: ${ref ?? ''} for the user: ${ctx.account.id}`, 400);
  return t;
}

export const service: SimService = {
  signingName: 'cloudtrail',
  sdk: '@aws-sdk/client-cloudtrail',
  operations: {
    DescribeTrails(input: { trailNameList?: string[]; includeShadowTrails?: boolean }, ctx) {
      const wanted = input.trailNameList?.length ? new Set(input.trailNameList) : undefined;
      // Names match only the account's own trails of this region; other trails must be named by ARN.
      const named = (t: Located) => wanted!.has(trailArn(t)) || (t.account === ctx.account.id && t.home === ctx.region && wanted!.has(t.trail.Name));
      const trails = visible(ctx, input.includeShadowTrails ?? true).filter((t) => !wanted || named(t));
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
