/**
 * JSON bodies in SDK shape, both ways: member names (or `jsonName` for restJson1), timestamps as epoch
 * seconds unless the shape says otherwise, blobs as base64, documents as-is.
 */
import type { Shape } from '../model/shapes.js';
import { formatTimestamp, fromBase64, parseTimestamp, resolveFormat, toBase64, toBool, toNumber, toText } from './values.js';

export function toJson(shape: Shape, v: unknown, jsonName: boolean): unknown {
  if (v === undefined || v === null) return undefined;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (typeof v !== 'object') return undefined;
      const src = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const m of shape.members) {
        const mv = src[m.name];
        if (mv === undefined || mv === null) continue;
        const j = toJson(m.shape, mv, jsonName);
        if (j !== undefined) out[jsonName ? ((m.traits.jsonName as string | undefined) ?? m.name) : m.name] = j;
      }
      return out;
    }
    case 'list': {
      const item = shape.item!.shape;
      const sparse = !!shape.traits.sparse;
      const arr = Array.isArray(v) ? v : [v];
      const out: unknown[] = [];
      for (const it of arr) {
        if (it === null || it === undefined) {
          if (sparse) out.push(null);
          continue;
        }
        out.push(toJson(item, it, jsonName));
      }
      return out;
    }
    case 'map': {
      if (typeof v !== 'object') return undefined;
      const val = shape.value!.shape;
      const out: Record<string, unknown> = {};
      for (const [k, mv] of Object.entries(v as Record<string, unknown>)) {
        if (mv === undefined || mv === null) continue;
        out[k] = toJson(val, mv, jsonName);
      }
      return out;
    }
    case 'timestamp':
      return formatTimestamp(v, resolveFormat(shape.timestampFormat, 7));
    case 'blob':
      return toBase64(v);
    case 'boolean':
      return toBool(v);
    case 'number': {
      const n = toNumber(v);
      return Number.isFinite(n) ? n : String(n);
    }
    case 'bigint':
    case 'bigdecimal':
      return typeof v === 'bigint' ? Number(v) : toNumber(v);
    case 'string':
      return toText(v);
    case 'unit':
      return undefined;
    default:
      return v;
  }
}

export function fromJson(shape: Shape, v: unknown, jsonName: boolean): unknown {
  if (v === undefined || v === null) return undefined;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (typeof v !== 'object' || Array.isArray(v)) return {};
      const src = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const m of shape.members) {
        const mv = src[jsonName ? ((m.traits.jsonName as string | undefined) ?? m.name) : m.name];
        if (mv === undefined || mv === null) continue;
        out[m.name] = fromJson(m.shape, mv, jsonName);
      }
      return out;
    }
    case 'list':
      return Array.isArray(v) ? v.map((it) => fromJson(shape.item!.shape, it, jsonName)) : [];
    case 'map': {
      if (typeof v !== 'object') return {};
      const out: Record<string, unknown> = {};
      for (const [k, mv] of Object.entries(v as Record<string, unknown>)) {
        if (k === '__proto__') continue;
        out[k] = fromJson(shape.value!.shape, mv, jsonName);
      }
      return out;
    }
    case 'timestamp':
      return parseTimestamp(v) ?? v;
    case 'blob':
      return typeof v === 'string' ? fromBase64(v) : v;
    default:
      return v;
  }
}
