/**
 * Form-encoded (awsQuery / ec2Query) request parameters read back into SDK shape: the inverse of the SDK's
 * QueryShapeSerializer (`Filter.1.Value.2`, `Users.member.3`, `Tags.entry.1.key`).
 */
import type { Member, Shape } from '../model/shapes.js';
import { readScalar } from './values.js';

export interface FormTree {
  [key: string]: FormTree | string;
}

/** Parameters as a tree split on `.`; `Action` and `Version` excluded. */
export function formTree(params: URLSearchParams): FormTree {
  const root: FormTree = Object.create(null);
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue;
    const parts = key.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i]!;
      const next = node[p];
      if (next === undefined || typeof next === 'string') node = node[p] = Object.create(null) as FormTree;
      else node = next;
    }
    const last = parts[parts.length - 1]!;
    if (typeof node[last] !== 'object') node[last] = value;
  }
  return root;
}

function capitalize(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** The parameter name of a struct member. */
export function formKey(m: Member, ec2: boolean): string {
  const t = m.traits;
  if (ec2) return (t.ec2QueryName as string | undefined) ?? capitalize((t.xmlName as string | undefined) ?? m.name);
  return (t.xmlName as string | undefined) ?? m.name;
}

function indexed(node: FormTree): Array<FormTree | string> {
  const keys = Object.keys(node)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b));
  return keys.map((k) => node[k]!);
}

export function readForm(shape: Shape, node: FormTree | string | undefined, ec2: boolean, memberTraits?: Record<string, any>): unknown {
  if (node === undefined) return undefined;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      const out: Record<string, unknown> = {};
      if (typeof node === 'string') return out;
      for (const m of shape.members) {
        const v = node[formKey(m, ec2)];
        if (v === undefined) continue;
        const r = readForm(m.shape, v, ec2, m.traits);
        if (r !== undefined) out[m.name] = r;
      }
      return out;
    }
    case 'list': {
      if (typeof node === 'string') return [];
      const item = shape.item!;
      const flat = ec2 || !!memberTraits?.xmlFlattened;
      const suffix = (ec2 ? (item.traits.ec2QueryName as string | undefined) : undefined) ?? (item.traits.xmlName as string | undefined) ?? 'member';
      const container = flat ? node : node[suffix];
      if (container === undefined || typeof container === 'string') return [];
      return indexed(container).map((v) => readForm(item.shape, v, ec2, item.traits));
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      if (typeof node === 'string') return out;
      const flat = !!memberTraits?.xmlFlattened;
      const container = flat ? node : node.entry;
      if (container === undefined || typeof container === 'string') return out;
      const keyName = (shape.key!.traits.xmlName as string | undefined) ?? 'key';
      const valueName = (shape.value!.traits.xmlName as string | undefined) ?? 'value';
      for (const entry of indexed(container)) {
        if (typeof entry === 'string') continue;
        const k = entry[keyName];
        if (typeof k !== 'string' || k === '__proto__') continue;
        out[k] = readForm(shape.value!.shape, entry[valueName], ec2, shape.value!.traits);
      }
      return out;
    }
    case 'unit':
      return undefined;
    default:
      return typeof node === 'string' ? readScalar(shape, node) : undefined;
  }
}
