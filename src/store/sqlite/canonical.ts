import { createHash, randomBytes } from 'node:crypto';
import type { Asset } from '../../core/asset.js';

/** `JSON.stringify` replacer that gives every plain object its keys in sorted order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as string) < (keys[i] as string);
  if (sorted) return value;
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) out[k] = obj[k];
  return out;
}

/**
 * JSON with object keys in sorted order (recursively), so equal values always give equal text. Otherwise as
 * `JSON.stringify` (`toJSON` honoured, undefined and function members dropped, non-finite numbers as null);
 * bigints become strings. (Integer-like keys keep JavaScript's own order, which is as deterministic.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

/**
 * Canonical bodies already computed, by asset object: a scan stores each asset (`putAssets`), then judges it
 * in its stored form (`storedForm`), and serializing it once serves both. Assets are not changed once
 * handed to the store; the entries go with the assets.
 */
const bodies = new WeakMap<Asset, string>();

function versionBody(asset: Asset): string {
  let body = bodies.get(asset);
  if (body === undefined) {
    const { observedAt: _observedAt, ...versioned } = asset;
    body = canonicalJson(versioned);
    bodies.set(asset, body);
  }
  return body;
}

/** The versioned part of an asset (everything but `observedAt`) as canonical JSON, and its sha256. */
export function assetVersion(asset: Asset): { body: string; hash: string } {
  const body = versionBody(asset);
  return { body, hash: createHash('sha256').update(body).digest('hex') };
}

/** An asset as the store gives it back (`assets()`): its versioned part through canonical JSON, so Dates are strings. */
export function storedForm(asset: Asset): Asset {
  return { ...(JSON.parse(versionBody(asset)) as Omit<Asset, 'observedAt'>), observedAt: asset.observedAt };
}

/**
 * A generator of sortable, unique scan ids: UTC time to the millisecond, then random hex
 * (`20261129T081502123Z-3f9a0c1b`). Strictly increasing per generator, even within one millisecond or when the
 * clock steps back.
 */
export function scanIdGenerator(): (now?: Date) => string {
  let lastMs = 0;
  return (now = new Date()) => {
    let ms = now.getTime();
    if (ms <= lastMs) ms = lastMs + 1;
    lastMs = ms;
    const compact = new Date(ms).toISOString().replace(/[-:]/g, '').replace('.', ''); // 20261129T081502123Z
    return `${compact}-${randomBytes(4).toString('hex')}`;
  };
}

/** Scan ids of this process (see `scanIdGenerator`). */
export const newScanId = scanIdGenerator();
