/**
 * CloudFormation template text (YAML with the short-form intrinsic tags, or JSON) → plain values with line
 * numbers. Short forms become their long forms (`!Ref X` → `{ Ref: 'X' }`, `!GetAtt a.b` →
 * `{ 'Fn::GetAtt': ['a', 'b'] }`), so the resolver sees one syntax. Never throws for bad input.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type CollectionTag, type Document, type Node, type ScalarTag } from 'yaml';
import { Unknown, type Diagnostic } from '../model.js';

/** Short-form tags and the long form they stand for. */
const TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  ...Object.fromEntries(
    ['Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'Equals', 'And', 'Or', 'Not', 'FindInMap', 'Base64', 'Cidr', 'GetAZs', 'ImportValue', 'Transform', 'ToJsonString', 'Length'].map((t) => [`!${t}`, `Fn::${t}`]),
  ),
};

/**
 * The short forms as YAML tags that keep their node (scalar, sequence or map) as it is, tag included, so
 * the parser neither warns about unresolved tags (slow: each warning renders the source around it) nor
 * changes the value; `convert` turns them into long forms.
 */
const CUSTOM_TAGS: Array<ScalarTag | CollectionTag> = Object.keys(TAGS).flatMap((tag) => [
  { tag, resolve: (s: string) => s },
  { tag, collection: 'seq' as const, resolve: (node: unknown) => node as never },
  { tag, collection: 'map' as const, resolve: (node: unknown) => node as never },
]);

/** Deeper nesting than this is cut off with a diagnostic (no template needs it; it protects the stack). */
export const MAX_DEPTH = 200;
/** Alias expansions allowed in one template (YAML bombs). */
const MAX_ALIASES = 1000;

export interface ParsedTemplate {
  value: unknown;
  /** 1-based line of every map and sequence produced from the text. */
  lines: WeakMap<object, number>;
  /** For every map: the 1-based line of each key. */
  keyLines: WeakMap<object, Map<string, number>>;
  /** The text split in lines (for comment suppressions). */
  textLines: string[];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Whether the text is JSON (CloudFormation JSON templates are one object). */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, ''));
}

/** The 1-based line and column of a character offset. */
function posOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/**
 * Where flow brackets (`[`, `{`) nest deeper than MAX_DEPTH, or a line is indented past any sane template,
 * found by one linear scan: the YAML parser recurses per level and takes seconds to fail on such input.
 * Quotes are not tracked; a bracket inside a string can only make the estimate off by the brackets in it.
 */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let indent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      indent = true;
      continue;
    }
    if (indent && c !== 32) {
      indent = false;
      if (i - lineStart > MAX_DEPTH * 4) return { line, column: i - lineStart + 1 };
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

export function parseTemplate(text: string, file: string, diags: Diagnostic[]): ParsedTemplate | undefined {
  const json = looksLikeJson(text);
  const code = json ? 'JsonSyntax' : 'YamlSyntax';
  const deep = tooDeep(text);
  if (deep) {
    diags.push({ severity: 'error', file, ...deep, code: 'NestingTooDeep', message: `values nested deeper than ${MAX_DEPTH} levels; the template is not evaluated` });
    return undefined;
  }
  // JSON strings cannot hold a raw tab, so tabs are whitespace between tokens; YAML flow style rejects some
  // tabs, so they become spaces (same offsets, same lines and columns).
  const source = json ? text.replace(/\t/g, ' ') : text;
  const lc = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, strict: false, customTags: CUSTOM_TAGS });
  } catch (e) {
    diags.push({ severity: 'error', file, line: 1, column: 1, code, message: `cannot parse: ${(e as Error).message}` });
    return undefined;
  }
  if (doc.errors.length) {
    for (const err of doc.errors.slice(0, 5)) {
      const pos = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
      diags.push({ severity: 'error', file, line: pos.line, column: pos.col, code, message: firstLine(err.message) });
    }
    return undefined;
  }
  if (json) {
    // The YAML parser is more lenient than JSON (trailing commas, comments, single quotes).
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const message = (e as Error).message;
      const m = /position (\d+)/.exec(message);
      const pos = m ? posOf(text, Number(m[1])) : { line: 1, column: 1 };
      diags.push({ severity: 'error', file, line: pos.line, column: pos.column, code, message: firstLine(message) });
      return undefined;
    }
  }
  const lines = new WeakMap<object, number>();
  const keyLines = new WeakMap<object, Map<string, number>>();
  const lineAt = (n: { range?: [number, number, number] | null } | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const aliasCache = new Map<Node, unknown>();
  let aliases = 0;
  let deepReported = false;

  const convert = (node: unknown, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) {
      if (!deepReported) {
        deepReported = true;
        diags.push({ severity: 'error', file, line: lineAt(node as Node), code: 'NestingTooDeep', message: `values nested deeper than ${MAX_DEPTH} levels are not evaluated` });
      }
      return new Unknown(`nested deeper than ${MAX_DEPTH} levels`);
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) return null;
      if (aliasCache.has(target)) return aliasCache.get(target);
      if (++aliases > MAX_ALIASES) {
        diags.push({ severity: 'error', file, line: lineAt(node), code: 'YamlSyntax', message: `more than ${MAX_ALIASES} aliases` });
        return new Unknown('too many YAML aliases');
      }
      aliasCache.set(target, null); // a self-referencing alias resolves to null
      const v = convert(target, depth + 1);
      aliasCache.set(target, v);
      return v;
    }
    const n = node as Node;
    let value: unknown;
    if (isScalar(n)) {
      const v = n.value;
      value = v === undefined ? null : typeof v === 'bigint' ? Number(v) : v;
    } else if (isMap(n)) {
      const obj: Record<string, unknown> = {};
      const kl = new Map<string, number>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const keyValue = isScalar(k) ? k.value : k === null ? null : convert(k, depth + 1);
        const key = typeof keyValue === 'string' ? keyValue : keyValue !== null && typeof keyValue === 'object' ? JSON.stringify(keyValue) : String(keyValue);
        if (key === '__proto__') continue;
        obj[key] = convert(pair.value, depth + 1);
        if (!kl.has(key)) kl.set(key, lineAt(k as Node));
      }
      lines.set(obj, lineAt(n));
      keyLines.set(obj, kl);
      value = obj;
    } else if (isSeq(n)) {
      const arr = n.items.map((x) => convert(x, depth + 1));
      lines.set(arr, lineAt(n));
      value = arr;
    } else {
      value = null;
    }
    const tag = n.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const fn = TAGS[tag];
      if (!fn) {
        diags.push({ severity: 'warning', file, line: lineAt(n), code: 'UnresolvedIntrinsic', message: `unknown tag ${tag}` });
        return new Unknown(`unknown tag ${tag}`);
      }
      if (fn === 'Fn::GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        value = dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value];
        lines.set(value as object, lineAt(n));
      }
      const wrapped = { [fn]: value };
      lines.set(wrapped, lineAt(n));
      return wrapped;
    }
    return value;
  };

  const value = convert(doc.contents, 0);
  return { value, lines, keyLines, textLines: text.split(/\r?\n/) };
}
