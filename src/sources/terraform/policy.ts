/**
 * `data "aws_iam_policy_document"` rendered offline the way the AWS provider renders it
 * (internal/service/iam/policy_document_data_source.go and policy_model.go): Version defaults to
 * 2012-10-17, Effect to Allow; Action / Resource / identifiers are sets (deduplicated; one element renders
 * as a string, several sorted in reverse order); condition values keep their order (one renders as a
 * string); `&{` becomes `${`; a principal of type "*" with identifiers ["*"] renders as "*";
 * source_policy_documents are merged first, override_policy_documents last (statements with the same Sid
 * replaced). `json` is Go's MarshalIndent with two spaces, `minified_json` Go's Marshal.
 */
import { EvalError, deepEqual, deepUnknown, htmlEscape, isObj, lexCompare, mergeUnknowns, type Obj } from './values.js';

interface Stmt {
  Sid?: string;
  Effect?: string;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Principal?: Principal[];
  NotPrincipal?: Principal[];
  Condition?: Condition[];
}
interface Principal {
  type: string;
  ids: string | string[];
}
interface Condition {
  test: string;
  variable: string;
  values: string | string[];
}
interface Doc {
  Version: string;
  Id: string;
  Statement: Stmt[];
}

const varReplace = (s: string) => s.split('&{').join('${');

function strings(v: unknown, what: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new EvalError(`aws_iam_policy_document: ${what} must be a list of strings`);
  return v.map((x) => {
    if (typeof x !== 'string') throw new EvalError(`aws_iam_policy_document: ${what} must be a list of strings`);
    return x;
  });
}

/** policyDecodeConfigStrings: one element → string, several → sorted in reverse; as a set, deduplicated. */
function decodeSet(xs: string[]): string | string[] {
  const set = [...new Set(xs)];
  if (set.length === 1) return set[0]!;
  return set.sort(lexCompare).reverse();
}

function replaceVars(v: string | string[]): string | string[] {
  return typeof v === 'string' ? varReplace(v) : v.map(varReplace);
}

function principalsFrom(v: unknown, what: string): Principal[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Principal[] = [];
  for (const p of v) {
    if (!isObj(p) || typeof p.type !== 'string') throw new EvalError(`aws_iam_policy_document: ${what} needs type and identifiers`);
    const ids = strings(p.identifiers, `${what}.identifiers`);
    const pr = { type: p.type, ids: replaceVars(decodeSet(ids)) };
    if (!out.some((x) => deepEqual(x, pr))) out.push(pr);
  }
  return out;
}

function conditionsFrom(v: unknown): Condition[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Condition[] = [];
  for (const c of v) {
    if (!isObj(c) || typeof c.test !== 'string' || typeof c.variable !== 'string') throw new EvalError('aws_iam_policy_document: condition needs test, variable and values');
    const vals = strings(c.values, 'condition.values').map(varReplace);
    const cond = { test: c.test, variable: c.variable, values: vals.length === 1 ? vals[0]! : vals };
    if (!out.some((x) => deepEqual(x, cond))) out.push(cond);
  }
  return out;
}

function statementFrom(s: Obj): Stmt {
  const st: Stmt = {};
  if (typeof s.sid === 'string' && s.sid !== '') st.Sid = s.sid;
  st.Effect = typeof s.effect === 'string' ? s.effect : 'Allow';
  const actions = strings(s.actions, 'actions');
  if (actions.length) st.Action = decodeSet(actions);
  const notActions = strings(s.not_actions, 'not_actions');
  if (notActions.length) st.NotAction = decodeSet(notActions);
  const resources = strings(s.resources, 'resources');
  if (resources.length) st.Resource = replaceVars(decodeSet(resources));
  const notResources = strings(s.not_resources, 'not_resources');
  if (notResources.length) st.NotResource = replaceVars(decodeSet(notResources));
  const p = principalsFrom(s.principals, 'principals');
  if (p) st.Principal = p;
  const np = principalsFrom(s.not_principals, 'not_principals');
  if (np) st.NotPrincipal = np;
  const c = conditionsFrom(s.condition);
  if (c) st.Condition = c;
  return st;
}

/** A policy JSON (source / override document) read back the way the provider unmarshals it. */
function parseDoc(json: string, what: string): Doc {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new EvalError(`aws_iam_policy_document: ${what} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObj(raw)) throw new EvalError(`aws_iam_policy_document: ${what} is not a JSON object`);
  const stmts = raw.Statement === undefined ? [] : Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  return {
    Version: typeof raw.Version === 'string' ? raw.Version : '',
    Id: typeof raw.Id === 'string' ? raw.Id : '',
    Statement: stmts.filter(isObj).map((s) => {
      const st: Stmt = {};
      if (typeof s.Sid === 'string' && s.Sid) st.Sid = s.Sid;
      if (typeof s.Effect === 'string' && s.Effect) st.Effect = s.Effect;
      for (const k of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) if (s[k] !== undefined && s[k] !== null) st[k] = s[k];
      for (const k of ['Principal', 'NotPrincipal'] as const) {
        const p = s[k];
        if (p === undefined || p === null) continue;
        if (typeof p === 'string') st[k] = [{ type: '*', ids: ['*'] }];
        else if (isObj(p)) st[k] = Object.entries(p).map(([type, ids]) => ({ type, ids: typeof ids === 'string' ? ids : strings(ids, `${k}.${type}`).sort(lexCompare) }));
      }
      if (isObj(s.Condition)) {
        const cs: Condition[] = [];
        for (const [test, vars] of Object.entries(s.Condition)) {
          if (!isObj(vars)) continue;
          for (const [variable, vals] of Object.entries(vars)) {
            if (typeof vals === 'string') cs.push({ test, variable, values: [vals] });
            else if (typeof vals === 'boolean') cs.push({ test, variable, values: String(vals) });
            else if (Array.isArray(vals)) cs.push({ test, variable, values: vals.map(String) });
          }
        }
        st.Condition = cs;
      }
      return st;
    }),
  };
}

function merge(into: Doc, doc: Doc): void {
  if (doc.Id) into.Id = doc.Id;
  if (doc.Version > into.Version) into.Version = doc.Version;
  for (const st of doc.Statement) {
    const i = st.Sid ? into.Statement.findIndex((x) => x.Sid === st.Sid) : -1;
    if (i >= 0) into.Statement[i] = st;
    else into.Statement.push(st);
  }
}

function principalJson(ps: Principal[]): unknown {
  if (ps.length === 1 && ps[0]!.type === '*') {
    const ids = ps[0]!.ids;
    if (ids === '*' || (Array.isArray(ids) && ids.length === 1 && ids[0] === '*')) return '*';
  }
  const raw: Record<string, string | string[]> = {};
  for (const p of ps) {
    const cur = raw[p.type];
    if (Array.isArray(p.ids)) {
      const list = cur === undefined ? [] : typeof cur === 'string' ? [cur] : cur;
      raw[p.type] = [...list, ...p.ids.slice().sort(lexCompare).reverse()];
    } else if (cur === undefined) raw[p.type] = p.ids;
    else raw[p.type] = typeof cur === 'string' ? [cur, p.ids] : [...cur, p.ids];
  }
  return sortObj(raw);
}

function conditionJson(cs: Condition[]): unknown {
  const raw: Record<string, Record<string, string[]>> = {};
  for (const c of cs) {
    const t = (raw[c.test] ??= {});
    t[c.variable] = [...(t[c.variable] ?? []), ...(Array.isArray(c.values) ? c.values : [c.values])];
  }
  const out: Obj = {};
  for (const test of Object.keys(raw).sort(lexCompare)) {
    const vars = raw[test]!;
    const o: Obj = {};
    for (const v of Object.keys(vars).sort(lexCompare)) o[v] = vars[v]!.length === 1 ? vars[v]![0] : vars[v];
    out[test] = o;
  }
  return out;
}

function sortObj<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort(lexCompare)) out[k] = o[k]!;
  return out;
}

function docJson(d: Doc): Obj {
  const out: Obj = {};
  if (d.Version) out.Version = d.Version;
  if (d.Id) out.Id = d.Id;
  if (d.Statement.length)
    out.Statement = d.Statement.map((s) => {
      const o: Obj = {};
      if (s.Sid) o.Sid = s.Sid;
      if (s.Effect) o.Effect = s.Effect;
      if (s.Action !== undefined) o.Action = s.Action;
      if (s.NotAction !== undefined) o.NotAction = s.NotAction;
      if (s.Resource !== undefined) o.Resource = s.Resource;
      if (s.NotResource !== undefined) o.NotResource = s.NotResource;
      if (s.Principal?.length) o.Principal = principalJson(s.Principal);
      if (s.NotPrincipal?.length) o.NotPrincipal = principalJson(s.NotPrincipal);
      if (s.Condition?.length) o.Condition = conditionJson(s.Condition);
      return o;
    });
  return out;
}

/**
 * The `json` and `minified_json` of an aws_iam_policy_document whose arguments evaluated to `values`;
 * Unknown (refs kept) when any input is unknown. Throws EvalError on malformed input.
 */
export function renderPolicyDocument(values: Obj, address: string): { json: unknown; minified_json: unknown } {
  const u = deepUnknown([values]);
  if (u) {
    const unk = mergeUnknowns([u], `policy document ${address} depends on ${u.reason}`);
    return { json: unk, minified_json: unk };
  }
  const merged: Doc = { Version: '', Id: '', Statement: [] };
  const sources = values.source_policy_documents;
  if (Array.isArray(sources)) {
    const sids = new Set<string>();
    sources.forEach((s, i) => {
      if (s === null) return;
      if (typeof s !== 'string') throw new EvalError(`aws_iam_policy_document: source_policy_documents[${i}] must be a string`);
      const d = parseDoc(s, `source_policy_documents[${i}]`);
      for (const st of d.Statement) {
        if (!st.Sid) continue;
        if (sids.has(st.Sid)) throw new EvalError(`aws_iam_policy_document: duplicate Sid (${st.Sid}) in source_policy_documents`);
        sids.add(st.Sid);
      }
      merge(merged, d);
    });
  }
  const own: Doc = { Version: typeof values.version === 'string' ? values.version : '2012-10-17', Id: typeof values.policy_id === 'string' ? values.policy_id : '', Statement: [] };
  if (Array.isArray(values.statement)) {
    const sids = new Set<string>();
    for (const s of values.statement) {
      if (!isObj(s)) continue;
      const st = statementFrom(s);
      if (st.Sid) {
        if (sids.has(st.Sid)) throw new EvalError(`aws_iam_policy_document: duplicate Sid (${st.Sid})`);
        sids.add(st.Sid);
      }
      own.Statement.push(st);
    }
  }
  merge(merged, own);
  const overrides = values.override_policy_documents;
  if (Array.isArray(overrides)) {
    overrides.forEach((s, i) => {
      if (s === null) return;
      if (typeof s !== 'string') throw new EvalError(`aws_iam_policy_document: override_policy_documents[${i}] must be a string`);
      merge(merged, parseDoc(s, `override_policy_documents[${i}]`));
    });
  }
  const out = docJson(merged);
  return { json: htmlEscape(JSON.stringify(out, null, 2)), minified_json: htmlEscape(JSON.stringify(out)) };
}

