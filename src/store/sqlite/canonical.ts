import { createHash, randomBytes } from 'node:crypto';
import type { Asset } from '../../core/asset.js';

/**
 * JSON with object keys sorted (recursively), so equal values always give equal text. Otherwise as
 * `JSON.stringify`: `toJSON` is honoured, undefined/function members are dropped (null in arrays),
 * non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'function':
    case 'symbol':
      return 'null';
    default:
      break;
  }
  const obj = value as Record<string, unknown> & { toJSON?: () => unknown };
  if (typeof obj.toJSON === 'function') return canonicalJson(obj.toJSON());
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    const v = obj[k];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** The versioned part of an asset (everything but `observedAt`) as canonical JSON, and its sha256. */
export function assetVersion(asset: Asset): { body: string; hash: string } {
  const { observedAt: _observedAt, ...versioned } = asset;
  const body = canonicalJson(versioned);
  return { body, hash: createHash('sha256').update(body).digest('hex') };
}

let lastMs = 0;

/**
 * Sortable, unique scan id: UTC time to the millisecond, then random hex (`20261129T081502123Z-3f9a0c1b`).
 * Strictly increasing within a process, even within one millisecond.
 */
export function newScanId(now: Date = new Date()): string {
  let ms = now.getTime();
  if (ms <= lastMs) ms = lastMs + 1;
  lastMs = ms;
  const iso = new Date(ms).toISOString(); // 2026-11-29T08:15:02.123Z
  const compact = iso.replace(/[-:]/g, '').replace('.', '');
  return `${compact}-${randomBytes(4).toString('hex')}`;
}
