import type { EventSelector, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

interface Selectors {
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: Array<{ FieldSelectors?: Array<{ Field?: string; Equals?: string[] }> }>;
}

/** CloudTrail trail facets: all regions = multi-region with global service events; data access from selectors. */
export function cloudTrailFacets(asset: Asset): Asset {
  const trail = (a: Asset) => aspectFor<Trail>(a, 'trail');
  return deriveFacets(asset, 'logging.audit-trail', {
    enabled: (a) => aspectFor<GetTrailStatusCommandOutput>(a, 'status').IsLogging === true,
    allRegionsAndServices: (a) => trail(a).IsMultiRegionTrail === true && trail(a).IncludeGlobalServiceEvents !== false,
    durableDestination: (a) => Boolean(trail(a).S3BucketName),
    integrityProtected: (a) => trail(a).LogFileValidationEnabled === true,
    dataAccess: (a) => {
      const s = aspectFor<Selectors | null>(a, 'eventSelectors');
      const basic = (s?.EventSelectors ?? []).some((e) => (e.DataResources ?? []).length > 0);
      const advanced = (s?.AdvancedEventSelectors ?? []).some((e) => (e.FieldSelectors ?? []).some((f) => f.Field === 'eventCategory' && (f.Equals ?? []).includes('Data')));
      return basic || advanced;
    },
  });
}
