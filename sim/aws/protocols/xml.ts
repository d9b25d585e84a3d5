/**
 * XML for awsQuery, ec2Query and restXml: writes SDK-shaped values as the SDK's XmlShapeDeserializer reads
 * them (element names from member `xmlName`, lists wrapped in `member`/`item`-named children unless
 * `xmlFlattened`, maps as `entry/key/value`, `xmlAttribute` members as attributes), and reads XML request
 * bodies (restXml Put* operations) back into SDK shape.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Member, Shape } from '../model/shapes.js';
import { readScalar, scalarText } from './values.js';

const ELEMENT_ESCAPE = /[&"'<>\r\n\u0085\u2028]/g;
const NEEDS_ESCAPE = /[&"'<>\r\n\u0085\u2028]/;
const ELEMENT_MAP: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#x0D;',
  '\n': '&#x0A;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
};

export function escapeXml(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(ELEMENT_ESCAPE, (c) => ELEMENT_MAP[c] ?? c) : s;
}

function nsAttr(traits: Record<string, any>): string {
  const ns = traits.xmlNamespace as [string | undefined, string] | { prefix?: string; uri: string } | undefined;
  if (!ns) return '';
  const [prefix, uri] = Array.isArray(ns) ? ns : [ns.prefix, ns.uri];
  if (!uri) return '';
  return ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeXml(uri)}"`;
}

/** Element name the SDK looks for a struct member under. */
export function memberElementName(m: Member): string {
  return (m.memberTraits.xmlName as string | undefined) ?? m.name;
}

/** The members of a structure (attributes excluded) as child elements. */
export function writeMembers(shape: Shape, value: any, defaultTs: 5 | 6 | 7, skip?: (m: Member) => boolean): string {
  if (value === null || typeof value !== 'object') return '';
  let out = '';
  for (const m of shape.members) {
    const v = value[m.name];
    if (v === undefined || v === null || m.traits.xmlAttribute) continue;
    if (skip?.(m)) continue;
    out += writeMember(m, v, defaultTs);
  }
  return out;
}

/** Attributes (` name="value"`) of a structure from its `xmlAttribute` members. */
export function structAttributes(shape: Shape, value: any, defaultTs: 5 | 6 | 7): string {
  if (value === null || typeof value !== 'object' || !hasAttributes(shape)) return '';
  let attrs = '';
  for (const m of shape.members) {
    if (!m.traits.xmlAttribute) continue;
    const v = value[m.name];
    if (v === undefined || v === null) continue;
    const text = scalarText(m.shape, v, defaultTs);
    if (text !== undefined) attrs += ` ${memberElementName(m)}="${escapeXml(text)}"`;
  }
  return attrs;
}

const attributeShapes = new WeakMap<Shape, boolean>();

function hasAttributes(shape: Shape): boolean {
  let has = attributeShapes.get(shape);
  if (has === undefined) {
    has = shape.members.some((m) => !!m.traits.xmlAttribute);
    attributeShapes.set(shape, has);
  }
  return has;
}

/** One struct member: an element, a list (wrapped or flattened) or a map. */
export function writeMember(m: Member, v: unknown, defaultTs: 5 | 6 | 7): string {
  const name = memberElementName(m);
  const shape = m.shape;
  if (shape.kind === 'list') {
    const items = Array.isArray(v) ? v : [v];
    const item = shape.item!;
    const ns = m.memberTraits.xmlNamespace ? nsAttr(m.memberTraits) : '';
    if (m.traits.xmlFlattened) {
      let out = '';
      for (const it of items) if (it !== null && it !== undefined) out += writeValue(name, item, it, defaultTs, ns);
      return out;
    }
    if (items.length === 0) return `<${name}${ns}/>`;
    const itemName = (item.traits.xmlName as string | undefined) ?? 'member';
    let out = `<${name}${ns}>`;
    for (const it of items) if (it !== null && it !== undefined) out += writeValue(itemName, item, it, defaultTs, '');
    return `${out}</${name}>`;
  }
  if (shape.kind === 'map') return writeMap(name, m, v, defaultTs);
  return writeValue(name, m, v, defaultTs, m.memberTraits.xmlNamespace ? nsAttr(m.memberTraits) : '');
}

function writeMap(name: string, m: Member, v: unknown, defaultTs: 5 | 6 | 7): string {
  if (v === null || typeof v !== 'object') return '';
  const shape = m.shape;
  const keyTag = (shape.key!.traits.xmlName as string | undefined) ?? 'key';
  const valueTag = (shape.value!.traits.xmlName as string | undefined) ?? 'value';
  const flat = !!m.traits.xmlFlattened;
  let out = flat ? '' : `<${name}${nsAttr(m.memberTraits)}>`;
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (val === null || val === undefined) continue;
    out += `${flat ? `<${name}>` : '<entry>'}<${keyTag}>${escapeXml(k)}</${keyTag}>${writeValue(valueTag, shape.value!, val, defaultTs, '')}${flat ? `</${name}>` : '</entry>'}`;
  }
  return flat ? out : `${out}</${name}>`;
}

/** One element `<name>` holding a value of the member's shape. */
export function writeValue(name: string, m: Member, v: unknown, defaultTs: 5 | 6 | 7, extraAttrs: string): string {
  const shape = m.shape;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      const attrs = extraAttrs + structAttributes(shape, v, defaultTs);
      const inner = writeMembers(shape, v, defaultTs);
      return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
    }
    case 'list': {
      // A list directly inside a list or map value: items named by the inner list's member.
      const item = shape.item!;
      const itemName = (item.traits.xmlName as string | undefined) ?? 'member';
      let out = `<${name}${extraAttrs}>`;
      for (const it of Array.isArray(v) ? v : [v]) if (it !== null && it !== undefined) out += writeValue(itemName, item, it, defaultTs, '');
      return `${out}</${name}>`;
    }
    case 'map': {
      const keyTag = (shape.key!.traits.xmlName as string | undefined) ?? 'key';
      const valueTag = (shape.value!.traits.xmlName as string | undefined) ?? 'value';
      let out = `<${name}${extraAttrs}>`;
      for (const [k, val] of Object.entries((v ?? {}) as Record<string, unknown>)) {
        if (val === null || val === undefined) continue;
        out += `<entry><${keyTag}>${escapeXml(k)}</${keyTag}>${writeValue(valueTag, shape.value!, val, defaultTs, '')}</entry>`;
      }
      return `${out}</${name}>`;
    }
    case 'unit':
      return '';
    case 'document':
      return `<${name}${extraAttrs}>${escapeXml(typeof v === 'string' ? v : JSON.stringify(v))}</${name}>`;
    case 'string':
      return `<${name}${extraAttrs}>${escapeXml(typeof v === 'string' ? v : scalarText(shape, v, defaultTs) ?? '')}</${name}>`;
    default: {
      const text = scalarText(shape, v, defaultTs);
      return text === undefined ? '' : `<${name}${extraAttrs}>${escapeXml(text)}</${name}>`;
    }
  }
}

// ---------------------------------------------------------------------------------------------- reading

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  textNodeName: '#text',
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

/** Parses an XML document; returns the root element's content (object, text or ''). */
export function parseXmlRoot(text: string): unknown {
  if (!text.trim()) return {};
  const doc = parser.parse(text) as Record<string, unknown>;
  const key = Object.keys(doc).find((k) => !k.startsWith('?'));
  return key === undefined ? {} : doc[key];
}

function textOf(v: unknown): string {
  if (v !== null && typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return String((v as Record<string, unknown>)['#text']);
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** Reads parsed XML into SDK shape, the way the SDK's XmlShapeDeserializer does. */
export function readXml(shape: Shape, value: unknown, flattened = false): unknown {
  if (shape.kind === 'unit' || value === undefined || value === null) return undefined;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (typeof value !== 'object') return {};
      const src = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const m of shape.members) {
        const v = src[memberElementName(m)];
        if (v === undefined || v === null) continue;
        out[m.name] = readMemberXml(m, v);
      }
      return out;
    }
    case 'list': {
      const item = shape.item!;
      const arr = Array.isArray(value) ? value : [value];
      if (flattened) return arr.map((v) => readXml(item.shape, v, !!item.traits.xmlFlattened));
      const first = arr[0];
      if (first === null || typeof first !== 'object') return [];
      const inner = (first as Record<string, unknown>)[(item.traits.xmlName as string | undefined) ?? 'member'];
      if (inner === undefined) return [];
      return (Array.isArray(inner) ? inner : [inner]).map((v) => readXml(item.shape, v));
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      const entries = flattened ? (Array.isArray(value) ? value : [value]) : (() => {
        const e = (value as Record<string, unknown>)?.entry;
        return e === undefined ? [] : Array.isArray(e) ? e : [e];
      })();
      const keyTag = (shape.key!.traits.xmlName as string | undefined) ?? 'key';
      const valueTag = (shape.value!.traits.xmlName as string | undefined) ?? 'value';
      for (const entry of entries as Array<Record<string, unknown>>) {
        const k = textOf(entry?.[keyTag]);
        if (k === '__proto__') continue;
        out[k] = readXml(shape.value!.shape, entry?.[valueTag]);
      }
      return out;
    }
    case 'document':
      return value;
    default:
      return readScalar(shape, textOf(value));
  }
}

function readMemberXml(m: Member, v: unknown): unknown {
  if (m.shape.kind === 'list' || m.shape.kind === 'map') return readXml(m.shape, v, !!m.traits.xmlFlattened);
  return readXml(m.shape, v);
}

/** Reads the given members of a structure from a parsed XML element. */
export function readXmlMembers(members: readonly Member[], root: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (root === null || typeof root !== 'object') return out;
  const src = root as Record<string, unknown>;
  for (const m of members) {
    const v = src[memberElementName(m)];
    if (v === undefined || v === null) continue;
    out[m.name] = readMemberXml(m, v);
  }
  return out;
}
