/**
 * A compact, cached view of the SDK's static Smithy schemas: what the protocol codecs walk. Built once per
 * shape from `NormalizedSchema` (the SDK's own schema reader) and shared by every request.
 */
import { NormalizedSchema } from '@smithy/core/schema';

export type Traits = Record<string, any>;

export type ShapeKind =
  | 'structure'
  | 'union'
  | 'list'
  | 'map'
  | 'string'
  | 'boolean'
  | 'number'
  | 'bigint'
  | 'bigdecimal'
  | 'timestamp'
  | 'blob'
  | 'document'
  | 'unit';

/** Timestamp formats as the schemas number them: 4 = the protocol's default, 5 date-time, 6 http-date, 7 epoch-seconds. */
export type TimestampFormat = 4 | 5 | 6 | 7;

export interface Member {
  readonly name: string;
  /** Target and member traits merged (member wins). */
  readonly traits: Traits;
  /** Traits written on the member itself. */
  readonly memberTraits: Traits;
  readonly shape: Shape;
}

export interface Shape {
  readonly kind: ShapeKind;
  /** Shape name without namespace (`DescribeRegionsResult`); empty for anonymous simple shapes. */
  readonly name: string;
  readonly traits: Traits;
  readonly timestampFormat: TimestampFormat;
  /** Structure and union members, in model order. */
  readonly members: readonly Member[];
  readonly memberByName: ReadonlyMap<string, Member>;
  /** List item. */
  readonly item?: Member;
  /** Map key and value. */
  readonly key?: Member;
  readonly value?: Member;
}

const byObject = new WeakMap<object, Shape>();
const byPrimitive = new Map<string | number, Shape>();

function kindOf(ns: NormalizedSchema): ShapeKind {
  if (ns.isUnitSchema()) return 'unit';
  if (ns.isUnionSchema()) return 'union';
  if (ns.isStructSchema()) return 'structure';
  if (ns.isListSchema()) return 'list';
  if (ns.isMapSchema()) return 'map';
  if (ns.isBlobSchema()) return 'blob';
  if (ns.isTimestampSchema()) return 'timestamp';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isNumericSchema()) return 'number';
  if (ns.isBigIntegerSchema()) return 'bigint';
  if (ns.isBigDecimalSchema()) return 'bigdecimal';
  if (ns.isStringSchema()) return 'string';
  return 'document';
}

class CompiledShape implements Shape {
  readonly kind: ShapeKind;
  readonly name: string;
  readonly traits: Traits;
  readonly timestampFormat: TimestampFormat;
  private readonly ns: NormalizedSchema;
  private _members?: Member[];
  private _byName?: Map<string, Member>;
  private _item?: Member;
  private _key?: Member;
  private _value?: Member;

  constructor(ns: NormalizedSchema) {
    this.ns = ns;
    this.kind = kindOf(ns);
    const own = (ns as unknown as { schema: unknown }).schema;
    this.name = Array.isArray(own) && own.length >= 5 ? String(own[2]) : '';
    this.traits = { ...ns.getOwnTraits() };
    const raw = ns.getSchema();
    this.timestampFormat = this.kind === 'timestamp' && typeof raw === 'number' && raw >= 4 && raw <= 7 ? (raw as TimestampFormat) : 4;
  }

  get members(): readonly Member[] {
    if (!this._members) {
      const out: Member[] = [];
      if (this.kind === 'structure' || this.kind === 'union') for (const [name, m] of this.ns.structIterator()) out.push(memberOf(name, m));
      this._members = out;
    }
    return this._members;
  }

  get memberByName(): ReadonlyMap<string, Member> {
    if (!this._byName) this._byName = new Map(this.members.map((m) => [m.name, m]));
    return this._byName;
  }

  get item(): Member | undefined {
    if (this.kind !== 'list') return undefined;
    return (this._item ??= memberOf('member', this.ns.getValueSchema()));
  }

  get key(): Member | undefined {
    if (this.kind !== 'map') return undefined;
    return (this._key ??= memberOf('key', this.ns.getKeySchema()));
  }

  get value(): Member | undefined {
    if (this.kind !== 'map') return undefined;
    return (this._value ??= memberOf('value', this.ns.getValueSchema()));
  }
}

function memberOf(name: string, ns: NormalizedSchema): Member {
  const shape = shapeOf(ns);
  const memberTraits = { ...ns.getMemberTraits() };
  return { name, shape, memberTraits, traits: { ...shape.traits, ...memberTraits } };
}

/** The compiled shape a schema (or member schema) targets. Cached. */
export function shapeOf(schema: unknown): Shape {
  const ns = schema instanceof NormalizedSchema ? schema : NormalizedSchema.of(schema as any);
  const raw = (ns as unknown as { schema: unknown }).schema;
  if (raw !== null && typeof raw === 'object') {
    let s = byObject.get(raw);
    if (!s) {
      s = new CompiledShape(ns);
      byObject.set(raw, s);
    }
    return s;
  }
  const key = raw as string | number;
  let s = byPrimitive.get(key);
  if (!s) {
    s = new CompiledShape(ns);
    byPrimitive.set(key, s);
  }
  return s;
}
