/** What the three export readers share: item builders, `NotInSnapshot` gaps, unknown-type summaries. */
import { AssetBuilder, type AssetInit, type MapContext } from '../map/kit.js';
import type { Diagnostic, IacResource } from '../model.js';

/** Sink for one file's diagnostics. */
export interface Reporter {
  file: string;
  diag(d: Diagnostic): void;
}

/**
 * A builder for one exported item: source `{type: 'snapshot', file, line}`, `observedAt` the item's
 * capture time when the export has one, the resource id as the address gaps name.
 */
export function itemBuilder(init: AssetInit, at: { file: string; line: number; address: string; observedAt: string }, service: string): AssetBuilder {
  const res: IacResource = {
    type: init.type,
    mode: 'managed',
    address: at.address,
    module: '',
    name: init.name,
    root: at.file,
    file: at.file,
    line: at.line,
    values: {},
    suppressions: [],
    providerConfig: {},
  };
  const ctx: MapContext = { sourceType: 'snapshot', observedAt: at.observedAt, diag: () => undefined };
  return new AssetBuilder(init, res, ctx, service);
}

/** Records `aspect` as not carried by the export: rules on it say `unknown`, never pass. */
export function notInSnapshot(b: AssetBuilder, aspect: string, file: string, exportName: string, what?: string): void {
  b.setGap(aspect, 'NotInSnapshot', `${what ?? aspect} is not recorded in ${exportName} exports; not known from ${file}`);
}

/** Counts items of unmapped types; one warning per type at the end. */
export class UnknownTypes {
  private readonly seen = new Map<string, { count: number; line: number }>();

  add(type: string, line: number): void {
    const s = this.seen.get(type);
    if (s) s.count++;
    else this.seen.set(type, { count: 1, line });
  }

  report(r: Reporter, what: string): void {
    for (const [type, { count, line }] of this.seen) {
      r.diag({
        severity: 'warning',
        file: r.file,
        line,
        code: 'UnknownResourceType',
        message: `${count} ${what} of type ${type} ${count === 1 ? 'is' : 'are'} not mapped and ${count === 1 ? 'was' : 'were'} skipped (first at line ${line})`,
      });
    }
  }
}

/** An ISO timestamp from an export's time field (ISO string, or epoch seconds as the AWS CLI may print), else undefined. */
export function isoTime(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v < 1e12 ? v * 1000 : v).toISOString();
  if (typeof v !== 'string' || v === '') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A JSON text embedded in an export (Config's `configuration` from the CLI, ACLs, policies), parsed; undefined when not JSON. */
export function embeddedJson(v: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (typeof v !== 'string') return { ok: true, value: v };
  try {
    return { ok: true, value: JSON.parse(v) as unknown };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
