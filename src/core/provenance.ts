/**
 * Which API operations (or source files) produced the values a verdict rests on, for evidence records.
 * Pure: reads `asset.provenance` (aspect → `provider:service:Operation`) and the verdict's evidence paths.
 */
import type { Asset, CollectionError, Provider } from './asset.js';
import type { Verdict } from './verdict.js';

/**
 * `provider:service:Operation` for a call. GCP method ids begin with their API's name (`storage.buckets.list`,
 * `sql.instances.list` on `sqladmin`, `cloudresourcemanager.projects.get` on `cloudresourcemanagerV1`): that
 * repeat is dropped, so every provider reads `provider:service:method` (`gcp:storage:buckets.list`).
 */
export function sourceOf(call: { provider: Provider; service: string; operation: string }): string {
  const dot = call.operation.indexOf('.');
  const repeat = call.provider === 'gcp' && dot > 0 && call.service.startsWith(call.operation.slice(0, dot));
  return `${call.provider}:${call.service}:${repeat ? call.operation.slice(dot + 1) : call.operation}`;
}

/** Assets named by an evidence path's prefix: an asset id (`<id>#config.x`) or a native type (`<type>[]`, `<type>:facets.x`). */
export type ResolveRef = (ref: string) => Asset[];

/** `<ref>#config...`, `<ref>:facets...`: a path on another asset. The lookahead keeps ARNs' own colons in the ref. */
const OTHER_ASSET = /^(.+?)[#:](?=(?:config|facets)(?:[.[#]|$))(.*)$/;
/** `<type>[]` or `<type>[].aspect.field`: a listing of a type (the aspect path omits `config.`). */
const LISTING = /^(.+?)\[\](?:\.(.*))?$/;

/**
 * The distinct sources behind a verdict, sorted: for API assets, the operations that produced the aspects
 * its evidence paths read (`config.<aspect>...` → that aspect's; `facets.<name>...` → the failed call when the
 * facet is a gap, else every aspect's, since facets are derived from aspects); for IaC assets `file:line`,
 * for snapshots the file. Paths on other assets (`<id>#config...`, `<type>:facets...`, `<type>[]...`) count
 * only when `resolve` names those assets. Paths of any other form, and aspects without provenance (assets
 * stored before it existed), add nothing.
 */
export function evidenceSources(asset: Asset, verdict: Verdict, resolve?: ResolveRef): string[] {
  const out = new Set<string>();
  for (const e of verdict.evidence) for (const s of pathSources(asset, e.path, resolve)) out.add(s);
  // A file asset's verdict always rests on its file, whatever the paths say.
  for (const s of fileSources(asset)) out.add(s);
  return [...out].sort();
}

function fileSources(asset: Asset): string[] {
  if (asset.source.type === 'iac') return [`${asset.source.file}:${asset.source.line}`];
  if (asset.source.type === 'snapshot') return [asset.source.file];
  return [];
}

function pathSources(asset: Asset, path: string, resolve: ResolveRef | undefined): string[] {
  const own = ownSources(asset, path);
  if (own) return own;
  const other = OTHER_ASSET.exec(path);
  if (other) return (resolve?.(other[1] ?? '') ?? []).flatMap((a) => ownSources(a, other[2] ?? '') ?? []);
  const listing = LISTING.exec(path);
  if (listing) {
    const rest = listing[2];
    return (resolve?.(listing[1] ?? '') ?? []).flatMap((a) => (rest ? (ownSources(a, `config.${rest}`) ?? []) : allSources(a)));
  }
  return [];
}

/** Sources of a path on the asset itself; undefined when the path is not `config...` or `facets...`. */
function ownSources(asset: Asset, path: string): string[] | undefined {
  const m = /^(config|facets)(?:\.([^.[#]+))?/.exec(path);
  if (!m) return undefined;
  if (asset.source.type !== 'api') return fileSources(asset);
  const name = m[2];
  if (m[1] === 'config') {
    if (name === undefined) return allSources(asset);
    const s = asset.provenance?.[name] ?? (asset.gaps[name] ? sourceOf(asset.gaps[name]) : undefined);
    return s ? [s] : [];
  }
  return name === undefined ? allSources(asset) : facetSources(asset, name);
}

/**
 * A facet that is a gap failed on one aspect's call: that call is its source. A derived facet read some of
 * the aspects, which ones is not recorded: all of them are named.
 */
function facetSources(asset: Asset, facet: string): string[] {
  const gap = asset.gaps[`facets.${facet}`];
  if (gap) {
    const aspect = Object.keys(asset.gaps).find((k) => !k.startsWith('facets.') && sameCall(asset.gaps[k], gap));
    if (aspect !== undefined) return ownSources(asset, `config.${aspect}`) ?? [];
  }
  return allSources(asset);
}

function sameCall(a: CollectionError | undefined, b: CollectionError): boolean {
  return a !== undefined && a.service === b.service && a.operation === b.operation && a.code === b.code && a.resource === b.resource;
}

function allSources(asset: Asset): string[] {
  if (asset.source.type !== 'api') return fileSources(asset);
  return Object.entries(asset.provenance ?? {})
    .filter(([k]) => !k.startsWith('facets.'))
    .map(([, s]) => s);
}
