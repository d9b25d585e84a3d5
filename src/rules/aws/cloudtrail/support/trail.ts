import type { GetTrailStatusResponse, Trail } from '@aws-sdk/client-cloudtrail';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need, notApplicable } from '../../../../core/rule.js';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import type { EventSelectorsOutput } from './event-selectors.js';

export const TRAIL_TYPE = 'AWS::CloudTrail::Trail';

export type TrailStatus = Omit<GetTrailStatusResponse, '$metadata'>;

/** The DescribeTrails entry, stored under `trail`. */
export const trailOf = (asset: Asset): Trail => need<Trail>(asset, 'trail');
export const statusOf = (asset: Asset): TrailStatus | null => need<TrailStatus | null>(asset, 'status');
export const selectorsOf = (asset: Asset): EventSelectorsOutput | null => need<EventSelectorsOutput | null>(asset, 'eventSelectors');

/**
 * `not_applicable` for an organization trail seen from a member account: its settings belong to (and are
 * judged in) the management account that owns it; the member cannot change them. Undefined otherwise.
 */
export function ownedElsewhere(asset: Asset): Verdict | undefined {
  const t = trailOf(asset);
  const owner = t.TrailARN?.split(':')[4];
  return owner && owner !== asset.account ? notApplicable(`Organization trail owned by account ${owner}: its settings are judged there`) : undefined;
}

/** Evidence path on another asset than the one judged (`<asset id>#config...`). */
export const at = (asset: Asset, path: string): string => `${asset.id}#${path}`;

/**
 * Account-level controls pass when at least one trail qualifies. Judges each candidate with `check`
 * (which may throw MissingData through `need`): the first pass wins; otherwise any trail we could not
 * judge makes the verdict unknown (it might have qualified); only when every trail is known not to
 * qualify is it a fail, with each trail's reason as evidence.
 */
export function anyTrailQualifies(trails: Asset[], check: (trail: Asset) => Verdict, none: string): Verdict {
  if (!trails.length) return { status: 'fail', reason: none, evidence: [{ path: `${TRAIL_TYPE}[]`, observed: [], expected: 'a qualifying trail' }] };
  const verdicts = trails.map((t) => ({ t, v: judge(t, check) }));
  const onTrail = (t: Asset, v: Verdict): Evidence[] => v.evidence.map((e) => ({ ...e, path: e.path.includes('#') ? e.path : at(t, e.path) }));
  const passed = verdicts.find((x) => x.v.status === 'pass');
  if (passed) return { ...passed.v, evidence: onTrail(passed.t, passed.v) };
  const evidence: Evidence[] = verdicts.flatMap(({ t, v }) => onTrail(t, v));
  const unknowns = verdicts.filter((x) => x.v.status === 'unknown');
  if (unknowns.length) return { status: 'unknown', reason: `No trail qualifies among those fully collected; could not judge ${unknowns.map((x) => `${x.t.name} (${x.v.reason})`).join('; ')}`, evidence };
  return { status: 'fail', reason: `${none}: ${verdicts.map((x) => `${x.t.name}: ${x.v.reason}`).join('; ')}`, evidence };
}

function judge(trail: Asset, check: (trail: Asset) => Verdict): Verdict {
  try {
    return check(trail);
  } catch (e) {
    if (e instanceof MissingData) return { status: 'unknown', reason: e.reasonText, evidence: e.evidence };
    throw e;
  }
}
