import type { logging_v2 } from 'googleapis/build/src/apis/logging/v2.js';
import type { storage_v1 } from 'googleapis/build/src/apis/storage/v1.js';
import { fail, need, needAll, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

type LogSink = logging_v2.Schema$LogSink;

const PREFIX = 'storage.googleapis.com/';

export const rule: Rule = {
  id: 'gcp.logging.sink-bucket-retention-locked',
  title: 'Cloud Storage buckets receiving log sinks have a locked retention policy',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.project],
  lookups: [GCP.bucket],
  rationale:
    'Someone who gets into a project often tries to delete the logs that show it. A locked retention policy makes exported log ' +
    'objects undeletable, and the policy itself irremovable, until the retention period has passed.',
  remediation: {
    steps: ['For each bucket a sink writes to, set a retention policy that matches your log retention requirement.', 'Lock the retention policy (irreversible: check the period first).'],
    cli: 'gcloud storage buckets update gs://<BUCKET> --retention-period=365d\ngcloud storage buckets update gs://<BUCKET> --lock-retention-period',
    terraform: 'resource "google_storage_bucket" "logs" {\n  # ...\n  retention_policy {\n    retention_period = 31536000\n    is_locked        = true\n  }\n}',
  },
  references: ['https://cloud.google.com/storage/docs/bucket-lock', 'https://cloud.google.com/storage/docs/using-bucket-lock'],
  compliance: mappings('2.3', ['AU-9', 'AU-11']),
  version: 1,
  evaluate(asset, ctx) {
    const sinks = (need<LogSink[] | null>(asset, 'sinks') ?? []).filter((s) => s.disabled !== true && (s.destination ?? '').startsWith(PREFIX));
    if (sinks.length === 0) return notApplicable('No enabled sink exports to Cloud Storage');
    const buckets = needAll(ctx, GCP.bucket, { account: asset.account });
    const evidence: Evidence[] = [];
    const bad: string[] = [];
    const unseen: string[] = [];
    for (const s of sinks) {
      const name = (s.destination ?? '').slice(PREFIX.length).split('/')[0] ?? '';
      const found = buckets.find((b) => b.name === name);
      if (!found) { unseen.push(`${name} (sink ${s.name})`); continue; }
      const r = need<storage_v1.Schema$Bucket>(found, 'bucket').retentionPolicy;
      evidence.push({ path: `${found.id} config.bucket.retentionPolicy`, observed: r ?? null, expected: { isLocked: true, retentionPeriod: '> 0' } });
      if (!r?.retentionPeriod || Number(r.retentionPeriod) <= 0) bad.push(`${name} has no retention policy`);
      else if (r.isLocked !== true) bad.push(`${name} has an unlocked retention policy`);
    }
    if (bad.length) return fail(bad.join('; '), evidence);
    if (unseen.length) return unknown(`Sink destination bucket(s) not in this project's scan: ${unseen.join(', ')}`, evidence);
    return pass(`Every sink bucket has a locked retention policy`, evidence);
  },
};
