/**
 * HTTP bindings shared by restXml and restJson1: routing a request to an operation by its `http` trait
 * (method, URI template with `{Label}` / `{Label+}`, static query), reading labels / query / headers into
 * the input, and putting output members bound to headers, status code and payload back on the wire.
 */
import type { Member, Shape } from '../model/shapes.js';
import type { OperationModel, ServiceModel } from '../model/sdk.js';
import type { OperationMatch, WireRequest } from './types.js';
import { readScalar, scalarText } from './values.js';

interface Route {
  op: OperationModel;
  regex: RegExp;
  labels: string[];
  /** Static query of the URI template; `x-id` handled apart (only the SDK sends it). */
  query: Array<[string, string]>;
  xId?: string;
  score: number;
}

export interface RouteTable {
  byMethod: Map<string, Route[]>;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRoute(op: OperationModel, stripLabel?: string): Route | undefined {
  if (!op.http) return undefined;
  const [rawPath = '/', search = ''] = op.http.uri.split('?');
  const labels: string[] = [];
  let literal = 0;
  let pattern = '';
  let last = 0;
  const path = stripLabel ? rawPath.replace(`/{${stripLabel}}`, '') || '/' : rawPath;
  for (const m of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
    const lit = path.slice(last, m.index);
    literal += lit.length;
    pattern += escapeRegex(lit);
    pattern += m[2] ? '(.+)' : '([^/]+)';
    labels.push(m[1]!);
    last = m.index + m[0].length;
  }
  const tail = path.slice(last);
  literal += tail.length;
  pattern += escapeRegex(tail);
  pattern = pattern.replace(/\/$/, '');
  const query: Array<[string, string]> = [];
  let xId: string | undefined;
  for (const [k, v] of new URLSearchParams(search)) {
    if (k === 'x-id') xId = v;
    else query.push([k, v]);
  }
  return { op, regex: new RegExp(`^${pattern}/?$`), labels, query, xId, score: query.length * 10_000 + literal };
}

const tables = new WeakMap<ServiceModel, Map<string, RouteTable>>();

/**
 * Routes of a REST service, built once per `variant`. `filter` may drop operations and `stripLabel`
 * removes a label the endpoint carries instead of the path (S3's `{Bucket}`).
 */
export function routeTable(model: ServiceModel, variant = '', filter?: (op: OperationModel) => boolean, stripLabel?: string): RouteTable {
  let byVariant = tables.get(model);
  if (!byVariant) tables.set(model, (byVariant = new Map()));
  let t = byVariant.get(variant);
  if (t) return t;
  t = { byMethod: new Map() };
  for (const name of model.operationNames()) {
    const op = model.operation(name);
    if (!op?.http || (filter && !filter(op))) continue;
    const r = compileRoute(op, stripLabel);
    if (!r) continue;
    const list = t.byMethod.get(op.http.method) ?? [];
    list.push(r);
    t.byMethod.set(op.http.method, list);
  }
  for (const list of t.byMethod.values()) list.sort((a, b) => b.score - a.score);
  byVariant.set(variant, t);
  return t;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function matchRoute(table: RouteTable, method: string, path: string, query: URLSearchParams): OperationMatch | undefined {
  const routes = table.byMethod.get(method);
  if (!routes) return undefined;
  const xId = query.get('x-id');
  for (const r of routes) {
    if (r.xId !== undefined && xId !== null && xId !== r.xId) continue;
    let ok = true;
    for (const [k, v] of r.query) {
      const got = query.get(k);
      if (got === null || (v !== '' && got !== v)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    const labels: Record<string, string> = {};
    r.labels.forEach((l, i) => (labels[l] = safeDecode(m[i + 1] ?? '')));
    return { op: r.op, labels };
  }
  return undefined;
}

function headerValue(req: WireRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function splitHeaderList(v: string, shape: Shape): string[] {
  // http-date timestamps contain commas: pair them back up.
  const parts = v.split(',').map((s) => s.trim());
  if (shape.kind === 'timestamp' && (shape.timestampFormat === 4 || shape.timestampFormat === 6)) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) out.push(`${parts[i]}, ${parts[i + 1] ?? ''}`);
    return out;
  }
  return parts.map((p) => (p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p));
}

/**
 * Input members bound to labels, query and headers; `body` reads the members that travel in the body
 * (payload member or the rest).
 */
export function readBindings(
  req: WireRequest,
  match: OperationMatch,
  body: (payload: Member | undefined, members: Member[]) => Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const shape = match.op.input;
  const bodyMembers: Member[] = [];
  let payload: Member | undefined;
  const boundQuery = new Set<string>();
  let queryParams: Member | undefined;
  for (const m of shape.members) {
    const t = m.traits;
    if (t.httpLabel) {
      const v = match.labels?.[m.name];
      if (v !== undefined) input[m.name] = readScalar(m.shape, v);
    } else if (t.httpHeader) {
      const v = headerValue(req, String(t.httpHeader));
      if (v === undefined) continue;
      input[m.name] = m.shape.kind === 'list' ? splitHeaderList(v, m.shape.item!.shape).map((s) => readScalar(m.shape.item!.shape, s)) : readScalar(m.shape, v);
    } else if (typeof t.httpPrefixHeaders === 'string') {
      const prefix = t.httpPrefixHeaders.toLowerCase();
      const map: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(req.headers)) if (k.startsWith(prefix) && v !== undefined) map[k.slice(prefix.length)] = Array.isArray(v) ? v.join(', ') : v;
      if (Object.keys(map).length) input[m.name] = map;
    } else if (t.httpQuery) {
      const name = String(t.httpQuery);
      boundQuery.add(name);
      if (m.shape.kind === 'list') {
        const all = req.query.getAll(name);
        if (all.length) input[m.name] = all.map((s) => readScalar(m.shape.item!.shape, s));
      } else {
        const v = req.query.get(name);
        if (v !== null) input[m.name] = readScalar(m.shape, v);
      }
    } else if (t.httpQueryParams) {
      queryParams = m;
    } else if (t.httpPayload) {
      payload = m;
    } else if (!t.httpResponseCode) {
      bodyMembers.push(m);
    }
  }
  if (queryParams) {
    const map: Record<string, unknown> = {};
    for (const [k, v] of req.query) if (!boundQuery.has(k) && k !== 'x-id') map[k] = v;
    input[queryParams.name] = map;
  }
  if (payload || bodyMembers.length) Object.assign(input, body(payload, bodyMembers));
  return input;
}

export interface ResponseBindings {
  status: number;
  headers: Record<string, string>;
  payload?: Member;
  bodyMembers: Member[];
}

function safeHeader(s: string): string {
  return /[^\t\x20-\x7e\x80-\xff]/.test(s) ? s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?') : s;
}

/** Output members bound to headers and status code; which member is the payload; the rest (body). */
export function writeBindings(op: OperationModel, output: Record<string, unknown>): ResponseBindings {
  const r: ResponseBindings = { status: op.http?.code ?? 200, headers: {}, bodyMembers: [] };
  for (const m of op.output.members) {
    const t = m.traits;
    const v = output[m.name];
    if (t.httpPayload) {
      r.payload = m;
      continue;
    }
    if (t.httpResponseCode) {
      if (v !== undefined && v !== null) r.status = Number(v);
      continue;
    }
    if (t.httpHeader) {
      if (v === undefined || v === null) continue;
      const text =
        m.shape.kind === 'list'
          ? (Array.isArray(v) ? v : [v]).map((it) => scalarText(m.shape.item!.shape, it, 6) ?? '').join(', ')
          : scalarText(m.shape, v, 6);
      if (text !== undefined) r.headers[String(t.httpHeader).toLowerCase()] = safeHeader(text);
      continue;
    }
    if (typeof t.httpPrefixHeaders === 'string') {
      if (v && typeof v === 'object')
        for (const [k, hv] of Object.entries(v as Record<string, unknown>))
          if (hv !== undefined && hv !== null) r.headers[`${t.httpPrefixHeaders}${k}`.toLowerCase()] = safeHeader(String(hv));
      continue;
    }
    if (t.httpQuery || t.httpLabel || t.httpQueryParams) continue;
    r.bodyMembers.push(m);
  }
  return r;
}

/** Bytes or text of a blob / string payload. */
export function rawPayload(v: unknown): string | Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
