import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Store } from '../../store/store.js';
import { buildReportModel, type ReportModel, type ReportModelOptions } from './model.js';
import { renderHtmlReport } from './render.js';

/** Builds the report of a scan and writes it to `output` (directories created); returns the absolute path and the model. */
export async function writeHtmlReport(store: Store, output: string, opts: ReportModelOptions): Promise<{ path: string; bytes: number; model: ReportModel }> {
  const model = await buildReportModel(store, opts);
  const text = renderHtmlReport(model);
  const path = resolve(output);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
  return { path, bytes: Buffer.byteLength(text), model };
}
