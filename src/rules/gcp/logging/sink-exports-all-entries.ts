import type { logging_v2 } from 'googleapis/build/src/apis/logging/v2.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

type LogSink = logging_v2.Schema$LogSink;

/** A sink exports everything when it is enabled, has no filter and no active exclusion. */
export const exportsAll = (s: LogSink): boolean => s.disabled !== true && !(s.filter ?? '').trim() && !(s.exclusions ?? []).some((e) => e.disabled !== true);

export const rule: Rule = {
  id: 'gcp.logging.sink-exports-all-entries',
  title: 'A log sink exports all log entries of the project',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Log buckets in the project keep entries only for their retention period and can be changed by project administrators. ' +
    'A sink without a filter copies every entry to a destination you control, for longer retention, a SIEM or cross-project analysis.',
  remediation: {
    steps: ['Create a sink with no inclusion filter and no exclusions to a Cloud Storage bucket, BigQuery dataset, Pub/Sub topic or log bucket you control.', 'Alternatively, create an aggregated sink with --include-children on the folder or organization.'],
    cli: 'gcloud logging sinks create all-entries storage.googleapis.com/<BUCKET>',
    terraform: 'resource "google_logging_project_sink" "all" {\n  name                   = "all-entries"\n  destination            = "storage.googleapis.com/${google_storage_bucket.logs.name}"\n  unique_writer_identity = true\n}',
  },
  references: ['https://cloud.google.com/logging/docs/export/configure_export_v2', 'https://cloud.google.com/logging/docs/routing/overview'],
  compliance: mappings('2.2', ['AU-6(4)', 'AU-9(2)']),
  version: 1,
  evaluate(asset) {
    const sinks = need<LogSink[] | null>(asset, 'sinks') ?? [];
    const full = sinks.filter(exportsAll);
    const ev = [{ path: 'config.sinks[].filter', observed: sinks.map((s) => `${s.name}: ${s.disabled ? '(disabled) ' : ''}${s.filter ?? ''}`), expected: 'a sink with an empty filter' }];
    if (full.length) return pass(`Sink ${full.map((s) => `${s.name} -> ${s.destination}`).join(', ')} exports every entry`, ev);
    return fail(`No enabled project sink without a filter among ${sinks.length} sink(s) (folder and organization sinks are not visible here)`, ev);
  },
};
