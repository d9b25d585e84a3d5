/**
 * Inventory exports as an offline source: AWS Config snapshots / histories, GCP Cloud Asset Inventory
 * exports, Azure Resource Graph results. Each file is sniffed for its format, parsed with positions, and
 * its items mapped onto the same assets live discovery produces (src/providers/<p>/services). Bad input
 * becomes diagnostics naming file, line and column; loaders never throw for it.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Asset } from '../../core/asset.js';
import { MAX_FILE_BYTES, type Diagnostic } from '../model.js';
import { readAwsConfig } from './aws-config.js';
import { readAzureArg } from './azure-arg.js';
import { readGcpCai, type CaiInput } from './gcp-cai.js';
import { JsonSyntaxError, looksLikeJsonLines, parseJsonLines, parseLocated } from './json.js';

export type SnapshotFormat = 'aws-config' | 'gcp-cai' | 'azure-arg';

export interface SnapshotResult {
  assets: Asset[];
  diagnostics: Diagnostic[];
  format?: SnapshotFormat;
}

/** Keys that only one of the formats has, looked for near the start of the text. */
const MARKERS: Array<[SnapshotFormat, RegExp]> = [
  ['aws-config', /"(?:configurationItems|baseConfigurationItems|configSnapshotId|configurationItemCaptureTime|configurationItemStatus|configurationStateId)"\s*:/],
  ['gcp-cai', /"(?:assetType|asset_type)"\s*:/],
  ['azure-arg', /"(?:subscriptionId|resourceGroup|total_records|totalRecords)"\s*:|"id"\s*:\s*"\/subscriptions\//i],
];
const SNIFF_CHARS = 256 * 1024;

/** The export format of `text`, by the format-specific keys that appear first; undefined when none does. */
export function detectSnapshot(text: string): SnapshotFormat | undefined {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (!/^[\s\uFEFF]*[[{]/.test(head)) return undefined;
  let best: { format: SnapshotFormat; at: number } | undefined;
  for (const [format, re] of MARKERS) {
    const m = re.exec(head);
    if (m && (!best || m.index < best.at)) best = { format, at: m.index };
  }
  return best?.format;
}

interface Parsed {
  docs: Array<{ value: unknown; line: number }>;
  lineOf: (v: object) => number | undefined;
}

function syntaxDiag(file: string, e: JsonSyntaxError): Diagnostic {
  return { severity: 'error', file, line: e.line, column: e.column, code: 'JsonSyntax', message: e.message };
}

/** The file's JSON values: one document, or one per line for JSON lines (a bad line is reported, the rest read). */
function parse(file: string, text: string, diagnostics: Diagnostic[]): Parsed {
  if (looksLikeJsonLines(text)) {
    const { lines, lineOf } = parseJsonLines(text);
    const docs: Parsed['docs'] = [];
    for (const l of lines) {
      if (l.ok) docs.push({ value: l.value, line: l.line });
      else diagnostics.push(syntaxDiag(file, l.error));
    }
    return { docs, lineOf };
  }
  try {
    const located = parseLocated(text);
    return { docs: [{ value: located.value, line: 1 }], lineOf: located.lineOf };
  } catch (e) {
    if (e instanceof JsonSyntaxError) diagnostics.push(syntaxDiag(file, e));
    else diagnostics.push({ severity: 'error', file, line: 1, code: 'JsonSyntax', message: String(e) });
    return { docs: [], lineOf: () => undefined };
  }
}

/** Reads a file within MAX_FILE_BYTES, or says why not. */
function read(file: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      diagnostics.push({ severity: 'error', file, line: 1, code: 'FileTooLarge', message: `${size} bytes is over the ${MAX_FILE_BYTES}-byte limit for one file; not read` });
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch (e) {
    diagnostics.push({ severity: 'error', file, line: 1, code: 'FileNotReadable', message: (e as Error).message });
    return undefined;
  }
}

function unknownFormat(file: string): Diagnostic {
  return {
    severity: 'error',
    file,
    line: 1,
    code: 'UnknownSnapshotFormat',
    message: 'not a recognized inventory export (AWS Config configuration items, Cloud Asset Inventory records or Azure Resource Graph rows)',
  };
}

/** Maps one export file. Never throws for bad input: problems come back as diagnostics. */
export function loadSnapshot(file: string, observedAt: string): SnapshotResult {
  return loadSnapshots([file], observedAt);
}

/**
 * Maps several export files at once. Cloud Asset Inventory files are read together, so the RESOURCE and
 * IAM_POLICY records of one asset exported to different files merge into one asset. `format` is set when
 * every readable file had the same one.
 */
export function loadSnapshots(files: readonly string[], observedAt: string): SnapshotResult {
  const diagnostics: Diagnostic[] = [];
  const diag = (d: Diagnostic) => diagnostics.push(d);
  const assets: Asset[] = [];
  const formats = new Set<SnapshotFormat>();
  const cai: CaiInput[] = [];
  for (const file of files) {
    const text = read(file, diagnostics);
    if (text === undefined) continue;
    const format = detectSnapshot(text);
    if (!format) {
      // Say what is wrong with the JSON first: a broken file cannot be sniffed reliably.
      const before = diagnostics.length;
      parse(file, text, diagnostics);
      if (diagnostics.length === before) diagnostics.push(unknownFormat(file));
      continue;
    }
    formats.add(format);
    const parsed = parse(file, text, diagnostics);
    if (format === 'gcp-cai') cai.push({ file, ...parsed });
    else if (format === 'aws-config') assets.push(...readAwsConfig(parsed.docs, parsed.lineOf, { file, diag }, observedAt));
    else assets.push(...readAzureArg(parsed.docs, parsed.lineOf, { file, diag }, observedAt));
  }
  if (cai.length) assets.push(...readGcpCai(cai, diag, observedAt));
  return { assets, diagnostics, ...(formats.size === 1 ? { format: [...formats][0] } : {}) };
}
