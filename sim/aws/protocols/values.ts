/**
 * Scalar conversions shared by the codecs. Handler outputs come from YAML estates as often as from code, so
 * encoders accept loose values: timestamps as Date, ISO string or epoch number; numbers and booleans as
 * strings; blobs as bytes or text; strings as objects (JSON documents such as policies, stringified).
 */
import type { Shape, TimestampFormat } from '../model/shapes.js';

export function toDate(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'number') return new Date(v > 1e11 ? v : v * 1000);
  if (typeof v === 'string') {
    if (/^\d+(\.\d+)?$/.test(v)) return toDate(Number(v));
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

export function isoTimestamp(d: Date): string {
  const s = d.toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

/** A timestamp in a concrete format (5 date-time, 6 http-date, 7 epoch-seconds). */
export function formatTimestamp(v: unknown, format: 5 | 6 | 7): string | number | undefined {
  const d = toDate(v);
  if (!d) return undefined;
  if (format === 7) return d.getTime() / 1000;
  if (format === 6) return d.toUTCString();
  return isoTimestamp(d);
}

export function resolveFormat(f: TimestampFormat, fallback: 5 | 6 | 7): 5 | 6 | 7 {
  return f === 4 ? fallback : f;
}

export function parseTimestamp(v: unknown): Date | undefined {
  return toDate(v);
}

export function toBase64(v: unknown): string {
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (typeof v === 'string') return Buffer.from(v, 'utf8').toString('base64');
  return Buffer.from(String(v), 'utf8').toString('base64');
}

export function fromBase64(v: string): Uint8Array {
  return Buffer.from(v, 'base64');
}

export function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

export function toBool(v: unknown): boolean {
  return v === true || v === 'true' || v === 1;
}

export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return JSON.stringify(v);
  return String(v);
}

/** A scalar as text (XML element, query value, header), or undefined when it cannot be written. */
export function scalarText(shape: Shape, v: unknown, defaultTs: 5 | 6 | 7): string | undefined {
  switch (shape.kind) {
    case 'timestamp': {
      const t = formatTimestamp(v, resolveFormat(shape.timestampFormat, defaultTs));
      return t === undefined ? undefined : String(t);
    }
    case 'blob':
      return toBase64(v);
    case 'boolean':
      return toBool(v) ? 'true' : 'false';
    case 'number': {
      const n = toNumber(v);
      if (Number.isNaN(n)) return 'NaN';
      if (n === Infinity) return 'Infinity';
      if (n === -Infinity) return '-Infinity';
      return String(n);
    }
    default:
      return toText(v);
  }
}

/** A text value (query parameter, header, XML text) read as the scalar shape wants. */
export function readScalar(shape: Shape, text: string): unknown {
  switch (shape.kind) {
    case 'timestamp':
      return parseTimestamp(text) ?? text;
    case 'blob':
      return fromBase64(text);
    case 'boolean':
      return text === 'true';
    case 'number': {
      const n = Number(text);
      return Number.isNaN(n) && text !== 'NaN' ? text : n;
    }
    case 'bigint':
      try {
        return BigInt(text);
      } catch {
        return text;
      }
    default:
      return text;
  }
}
