/** Stable numeric ids (`"1234567890123456789"`) and timestamps for simulated resources that omit them. */
import { hashSeed } from '../../aws/rng.js';

export function numericId(...parts: string[]): string {
  const a = hashSeed(parts.join('/'));
  const b = hashSeed(parts.join('/'), 0x9e37);
  return `${1 + (a % 8)}${String(a).padStart(10, '0')}${String(b).padStart(10, '0')}`.slice(0, 19);
}

export const DEFAULT_CREATED = '2024-05-14T09:30:00.000-07:00';
