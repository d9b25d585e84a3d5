/**
 * Fault injection: estate `faults` (replaceable at run time) matched on account, region, service,
 * operation and resource (any string parameter of the input); `*` globs; `probability` from a seeded RNG
 * and `times` limits.
 */
import type { FaultSpec } from './estate.js';
import { seededRng } from './rng.js';

export interface FaultCall {
  account: string;
  region: string;
  service: string;
  operation: string;
  input: Record<string, unknown>;
}

const globs = new Map<string, RegExp>();

function glob(pattern: string): RegExp {
  let r = globs.get(pattern);
  if (!r) {
    r = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    globs.set(pattern, r);
  }
  return r;
}

function matches(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '*') return true;
  return pattern.includes('*') ? glob(pattern).test(value) : pattern === value;
}

function matchesResource(pattern: string | undefined, input: Record<string, unknown>): boolean {
  if (pattern === undefined || pattern === '*') return true;
  for (const v of Object.values(input)) {
    if (typeof v === 'string' && matches(pattern, v)) return true;
    if (Array.isArray(v)) for (const it of v) if (typeof it === 'string' && matches(pattern, it)) return true;
  }
  return false;
}

export class FaultInjector {
  private faults: FaultSpec[] = [];
  private readonly used = new Map<FaultSpec, number>();
  private rng: () => number;

  constructor(
    faults: FaultSpec[] = [],
    private readonly seed = 0x5eed,
  ) {
    this.rng = seededRng(seed);
    this.set(faults);
  }

  set(faults: FaultSpec[]): void {
    this.faults = [...faults];
    this.used.clear();
    this.rng = seededRng(this.seed);
  }

  get size(): number {
    return this.faults.length;
  }

  /** The faults that apply to this call (each counted against its `times`). */
  match(call: FaultCall): FaultSpec[] {
    if (!this.faults.length) return [];
    const out: FaultSpec[] = [];
    for (const f of this.faults) {
      if (!matches(f.account, call.account) || !matches(f.region, call.region) || !matches(f.service, call.service)) continue;
      if (!matches(f.operation, call.operation) || !matchesResource(f.resource, call.input)) continue;
      const used = this.used.get(f) ?? 0;
      if (f.times !== undefined && used >= f.times) continue;
      if (f.probability !== undefined && f.probability < 1 && this.rng() >= f.probability) continue;
      this.used.set(f, used + 1);
      out.push(f);
    }
    return out;
  }
}
