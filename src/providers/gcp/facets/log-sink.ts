import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * Log sink facets. Cloud Audit Logs cover every region and service of the project; a sink keeps all of
 * them when it has no filter (CIS GCP 2.2) or a filter on the cloudaudit.googleapis.com log names only.
 * The built-in _Required and _Default sinks route into log buckets of limited retention and do not count.
 */
interface Sink {
  name?: string;
  filter?: string;
  destination?: string;
  disabled?: boolean;
}

const AUDIT_ONLY = /^\s*(logName\s*:\s*"?[^"\s]*cloudaudit\.googleapis\.com[^"\s]*"?|LOG_ID\("cloudaudit\.googleapis\.com[^"]*"\))\s*$/i;

export function logSinkFacets(asset: Asset): Asset {
  const sink = (a: Asset) => aspectFor<Sink>(a, 'sink');
  const builtIn = (a: Asset) => ['_Required', '_Default'].includes(sink(a).name ?? '');
  return deriveFacets(asset, 'logging.audit-trail', {
    enabled: (a) => sink(a).disabled !== true,
    allRegionsAndServices: (a) => !builtIn(a) && (!sink(a).filter?.trim() || AUDIT_ONLY.test(sink(a).filter ?? '')),
    durableDestination: (a) => !builtIn(a) && Boolean(sink(a).destination),
  });
}
