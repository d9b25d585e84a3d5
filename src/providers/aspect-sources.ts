/**
 * Records where each aspect of an asset came from (`asset.provenance`), for one collector run.
 *
 * A call's result names its operation, so `ctx.aspect(asset, name, await ctx.call(...))` is exact. Many
 * aspects, though, are items of a listing or parts of a call's output that the collector wraps by hand
 * (`ctx.aspect(asset, 'bucket', { ok: true, value: b })`) or assigns to `config` directly. Rather than
 * make every collector name its source again, the tracker remembers which call every object it has seen
 * came from (listing items and call outputs, two levels deep: `Reservations[].Instances[]`) and looks the
 * value up; a value built anew (normalized, merged) falls back to the run's first listing, the call that
 * found the resources. The lookup is by object identity, in a WeakMap: nothing is copied or kept alive.
 */
import type { Asset } from '../core/asset.js';
import { sourceOf } from '../core/provenance.js';
import type { CallResult } from './aws/collector.js';

/** Levels of a call's output remembered: the output, its members (`page.Reservations[i]`), and theirs (`...Instances[j]`). */
const DEPTH = 2;

export class AspectSources {
  private readonly origin = new WeakMap<object, string>();
  private firstListing: string | undefined;
  private firstCall: string | undefined;

  /**
   * A call or listing starts. The fallbacks are the first to *start*, not to finish, so that concurrent
   * calls finishing in another order give the same provenance (and the same asset version) every scan.
   */
  began(source: string, listing = false): void {
    if (listing) this.firstListing ??= source;
    else this.firstCall ??= source;
  }

  /** A successful call's output (a listing's page included). */
  saw(source: string, value: unknown): void {
    this.remember(value, source, DEPTH);
  }

  /**
   * The source of a value: where it was first seen; for a value built anew from seen parts (a normalized
   * copy, an array of listed items) the parts' common source; else the run's first listing (or first call).
   */
  sourceFor(value: unknown): string | undefined {
    return this.found(value, DEPTH) ?? this.firstListing ?? this.firstCall;
  }

  /** Records the source of an aspect `ctx.aspect` puts on the asset, and remembers the stored value's. */
  put(asset: Asset, aspect: string, result: CallResult<unknown>, stored: unknown): void {
    const source = result.ok ? (result.source ?? this.sourceFor(result.value)) : sourceOf(result.error);
    if (source === undefined) return;
    (asset.provenance ??= {})[aspect] = source;
    // Collectors copy stored aspects onto related assets (a container gets its account's): keep their source.
    if (isObject(stored) && !this.origin.has(stored)) this.origin.set(stored, source);
  }

  /** Sources for the aspects a collector set without `ctx.aspect` (direct `config` assignments, hand-made gaps). */
  complete(asset: Asset): Asset {
    if (asset.source.type !== 'api') return asset;
    for (const [k, v] of Object.entries(asset.config)) {
      if (asset.provenance?.[k] !== undefined) continue;
      const s = this.sourceFor(v);
      if (s !== undefined) (asset.provenance ??= {})[k] = s;
    }
    for (const [k, e] of Object.entries(asset.gaps)) if (!k.startsWith('facets.') && asset.provenance?.[k] === undefined) (asset.provenance ??= {})[k] = sourceOf(e);
    return asset;
  }

  /** The value's origin, or the one origin its members (two levels down) share; parts of no known origin are ignored. */
  private found(value: unknown, depth: number): string | undefined {
    if (!isObject(value)) return undefined;
    const own = this.origin.get(value);
    if (own !== undefined || depth === 0) return own;
    let common: string | undefined;
    for (const v of Array.isArray(value) ? value : Object.values(value)) {
      const s = this.found(v, depth - 1);
      if (s === undefined) continue;
      if (common !== undefined && s !== common) return undefined;
      common = s;
    }
    return common;
  }

  private remember(value: unknown, source: string, depth: number): void {
    if (!isObject(value) || this.origin.has(value)) return;
    this.origin.set(value, source);
    // An array's items are at the array's level: `page.Buckets[i]` is one level down, like `page.Owner`.
    if (Array.isArray(value)) for (const v of value) this.remember(v, source, depth);
    else if (depth > 0) for (const v of Object.values(value)) this.remember(v, source, depth - 1);
  }
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}
