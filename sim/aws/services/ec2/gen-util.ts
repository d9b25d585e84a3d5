/** Deterministic building blocks for the EC2 benchmark generator. */

export type Rng = () => number;

/** "Today" for generated estates: ages (stopped, launched) are relative to it. */
export const GEN_NOW = Date.parse('2026-11-29T00:00:00Z');
const DAY = 86_400_000;

export function hex(rng: Rng, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += Math.floor(rng() * 16).toString(16);
  return s;
}

/** An EC2-style id: `i-0` + 16 hex digits. */
export const ec2Id = (prefix: string, rng: Rng) => `${prefix}-0${hex(rng, 16)}`;

export const chance = (rng: Rng, p: number) => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A moment `minDays`..`maxDays` before GEN_NOW. */
export function daysAgo(rng: Rng, minDays: number, maxDays: number): Date {
  return new Date(GEN_NOW - (minDays + rng() * (maxDays - minDays)) * DAY);
}

/** EC2's StateTransitionReason text for a user stop at `d`. */
export function userStopReason(d: Date): string {
  return `User initiated (${d.toISOString().slice(0, 19).replace('T', ' ')} GMT)`;
}
