import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Framework } from '../core/framework.js';
import { VERSION } from '../cli/version.js';
import type { ChainCheck, ControlRow, Store } from '../store/store.js';
import { ControlSummaries } from './control-summary.js';
import { evidenceCsvHeader, evidenceCsvRow } from './evidence-csv.js';
import { FileSink, type WrittenFile } from './file-sink.js';
import { exportScope } from './scope.js';
import { summaryHtml } from './summary-html.js';

export interface ExportOptions {
  framework: Framework;
  /** One control of the framework (its official id); all controls when absent. */
  control?: string;
  /** ISO timestamps, inclusive, compared with each record's `at`. */
  since?: string;
  until?: string;
  outDir: string;
  /** The package's time (tests). */
  now?: Date;
}

export interface ExportResult {
  outDir: string;
  records: number;
  chain: ChainCheck;
  /** evidence.json, evidence.csv, summary.html, then manifest.json (which lists the first three: keep its sha256 elsewhere). */
  files: WrittenFile[];
}

export const MANIFEST = 'manifest.json';

/**
 * Writes an audit package for a framework (or one control) to `outDir`: evidence.json (the records verbatim, so
 * each record's hash can be recomputed from it, with the chain check and the scope), evidence.csv, summary.html
 * and manifest.json (every file's sha256 and size, the chain head, the Parapet version).
 *
 * Records are those of rules the controls map for the record's provider. They are streamed from the store into
 * the three files at once, so memory does not grow with the number of records.
 */
export async function exportEvidence(store: Store, opts: ExportOptions): Promise<ExportResult> {
  const scope = exportScope(opts.framework, opts.control);
  const fw = opts.framework;
  const generatedAt = (opts.now ?? new Date()).toISOString();
  const range = { since: opts.since ?? null, until: opts.until ?? null };
  await mkdir(opts.outDir, { recursive: true });
  // Checked first: the package states whether the log it was taken from was intact.
  const chain = await store.verifyEvidence();

  const json = await FileSink.create(join(opts.outDir, 'evidence.json'), 'evidence.json');
  const csv = await FileSink.create(join(opts.outDir, 'evidence.csv'), 'evidence.csv');
  const summaries = new ControlSummaries();
  let records = 0;
  try {
    const controls = Object.fromEntries(scope.controls.map((c) => [c.id, { title: c.title, section: c.section, rules: c.rules ?? {} }]));
    const head = {
      parapet: VERSION,
      generatedAt,
      framework: { id: fw.id, name: fw.name, version: fw.version, publisher: fw.publisher, url: fw.url },
      control: opts.control ?? null,
      range,
      chain,
      controls,
    };
    await json.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "records": [`);
    await csv.write(evidenceCsvHeader());
    for await (const r of store.evidence({ ruleIds: scope.ruleIds, since: opts.since, until: opts.until })) {
      const ids = scope.controlsOf(r.provider, r.ruleId);
      if (ids.length === 0) continue; // the rule is mapped for another provider only
      await json.write(`${records ? ',' : ''}\n    ${JSON.stringify(r)}`);
      await csv.write(evidenceCsvRow(r, ids));
      summaries.add(r, ids);
      records++;
    }
    await json.write(`${records ? '\n  ' : ''}],\n  "count": ${records}\n}\n`);
  } catch (e) {
    await json.abandon();
    await csv.abandon();
    throw e;
  }
  const files = [await json.close(), await csv.close()];

  const stored = await storedControls(store, fw.id, summaries.scanIds());
  const scanStarts = new Map<string, string>();
  for (const id of summaries.scanIds()) scanStarts.set(id, (await store.getScan(id))?.startedAt ?? '');
  const page = summaryHtml({
    framework: fw,
    control: opts.control ?? null,
    since: range.since,
    until: range.until,
    generatedAt,
    version: VERSION,
    chain,
    records,
    scanStarts,
    controls: scope.controls.map((c) => ({ control: c, summary: summaries.summary(c.id, (scanId) => stored.get(scanId)?.get(c.id), Boolean(c.manual)) })),
  });
  const html = await FileSink.create(join(opts.outDir, 'summary.html'), 'summary.html');
  await html.write(page);
  files.push(await html.close());

  const manifest = {
    parapet: VERSION,
    generatedAt,
    framework: fw.id,
    control: opts.control ?? null,
    range,
    records,
    chain: { ok: chain.ok, records: chain.records, head: chain.head, ...(chain.problem ? { problem: chain.problem } : {}) },
    files,
  };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(join(opts.outDir, MANIFEST), text);
  files.push({ name: MANIFEST, sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) });
  return { outDir: opts.outDir, records, chain, files };
}

/** Control rows each scan stored for the framework (`scan_controls`), by scan then control id. */
async function storedControls(store: Store, framework: string, scanIds: string[]): Promise<Map<string, Map<string, ControlRow>>> {
  const out = new Map<string, Map<string, ControlRow>>();
  for (const id of scanIds) out.set(id, new Map((await store.controls(id, framework)).map((r) => [r.control, r])));
  return out;
}
