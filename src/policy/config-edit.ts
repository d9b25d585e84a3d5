/**
 * Edits of parapet.yaml that keep the user's comments and layout: the file is changed through yaml's Document
 * API (parse, add a node, print), checked again before it is written, and written atomically.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, YAMLSeq, type Document, type ToStringOptions } from 'yaml';
import { checkConfigText, displayPath, loadConfig } from './config.js';
import { formatDiagnostic } from './types.js';

/** A suppression to record: at least one of rule / asset / finding, and reason, owner, until (`YYYY-MM-DD`). */
export interface NewSuppression {
  rule?: string;
  asset?: string;
  finding?: string;
  reason: string;
  owner: string;
  until: string;
  id?: string;
}

/**
 * Appends `s` to `suppressions:` of the parapet.yaml at `path`, keeping every comment; creates the file (with
 * `version: 1`) or the key when absent. Throws, naming file:line, when the file has errors (it never rewrites a
 * broken file) or when the new entry would be invalid (then nothing is written). Returns the 1-based line of the
 * new entry and whether the file was created.
 */
export function addSuppression(path: string, s: NewSuppression): { line: number; created: boolean } {
  const abs = resolve(path);
  const file = displayPath(path);
  const created = !exists(abs);
  let source = '';
  if (!created) {
    const loaded = loadConfig(path);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      const first = errors[0]!;
      throw new Error(
        `${first.file}:${first.line}: refusing to add a suppression to a parapet.yaml with errors; fix them first:\n` +
          errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
      );
    }
    source = readFileSync(abs, 'utf8');
  }

  const doc = created ? parseDocument('version: 1\n') : parseDocument(source);
  appendSuppression(doc, s);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = restoreLayout(source, doc.toString(stringifyOptions(source))).replace(/\r?\n/g, eol);

  const check = checkConfigText(text, { path: abs, file });
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    throw new Error(`${errors[0]!.file}:${errors[0]!.line}: the new suppression is invalid, nothing was written:\n${errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}`);
  }
  writeAtomic(abs, text);
  return { line: lastSuppressionLine(text), created };
}

/** The suppression as a mapping node, keys in the documented order, absent ones left out. */
function entry(s: NewSuppression): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['id', 'rule', 'asset', 'finding', 'reason', 'owner', 'until'] as const) {
    const v = s[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function appendSuppression(doc: Document, s: NewSuppression): void {
  const item = doc.createNode(entry(s));
  if (!isMap(doc.contents)) throw new Error('parapet.yaml: the file is not a mapping.');
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'suppressions');
  const value: unknown = pair?.value;
  if (isSeq(value)) {
    if (value.items.length === 0) value.flow = false;
    value.items.push(item);
    return;
  }
  const seq = new YAMLSeq();
  seq.items.push(item);
  if (pair && isScalar(value)) {
    // `suppressions:` with nothing but comments under it (the starter): keep them, above the new entry.
    if (value.comment) item.commentBefore = value.comment;
    if (value.commentBefore) seq.commentBefore = value.commentBefore;
    pair.value = seq;
  } else if (pair) {
    pair.value = seq;
  } else {
    doc.set('suppressions', seq);
  }
}

/** Printing options that match the file: its indentation and whether sequences are indented under their key. */
function stringifyOptions(source: string): ToStringOptions {
  const indents = [...source.matchAll(/^( +)[^\s#-]/gm)].map((m) => m[1]!.length);
  const indent = indents.length ? Math.min(...indents) : 2;
  const unindentedSeq = /^( *)[^\s#][^\n]*:[ \t]*(#[^\n]*)?\n(?:[ \t]*#[^\n]*\n)*\1- /m.test(source);
  return {
    indent: indent >= 2 && indent <= 8 ? indent : 2,
    indentSeq: !unindentedSeq,
    lineWidth: 0,
    minContentWidth: 0,
    flowCollectionPadding: !/[[{][^\s\]}]/.test(source.replace(/#[^\n]*/g, '')),
  };
}

/** A line compared without the spacing yaml normalizes: before a trailing comment, around a comment line. */
function layoutKey(line: string): string {
  const t = line.trim();
  return t.startsWith('#') ? t : line.replace(/[ \t]+#/g, ' #').trimEnd();
}

/**
 * yaml prints `key: v   # note` as `key: v # note` and may re-indent comment lines. Puts back, in order, the
 * original of every printed line that differs from it only in that spacing; keeps the plain print when the
 * result would not read back as the same data.
 */
function restoreLayout(original: string, printed: string): string {
  if (!original) return printed;
  const queues = new Map<string, string[]>();
  for (const line of original.split('\n')) {
    const k = layoutKey(line);
    const q = queues.get(k);
    if (q) q.push(line);
    else queues.set(k, [line]);
  }
  const restored = printed
    .split('\n')
    .map((line) => queues.get(layoutKey(line))?.shift() ?? line)
    .join('\n');
  const same = JSON.stringify(parseDocument(restored).toJS()) === JSON.stringify(parseDocument(printed).toJS());
  return same ? restored : printed;
}

function lastSuppressionLine(text: string): number {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const seq = doc.get('suppressions', true);
  const last: unknown = isSeq(seq) ? seq.items[seq.items.length - 1] : undefined;
  return isNode(last) && last.range ? lc.linePos(last.range[0]).line : 1;
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Writes through a temporary file in the same folder then renames it over `path`, keeping the file's mode. */
function writeAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    try {
      chmodSync(tmp, statSync(path).mode & 0o777);
    } catch {
      // new file: default mode
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}
