/**
 * Terraform `hashicorp/google` (and `google-beta`) resources → the assets the live GCP collectors produce
 * (src/providers/gcp/services/**): same ids (Cloud Asset Inventory full resource names), types, kinds and
 * aspects in the REST JSON shapes. One mapper reads every supported type of an input at once, because
 * related blocks merge into one asset (a bucket and its IAM members, a project and its sinks, metrics,
 * alert policies and IAM resources, a crypto key and its key ring).
 */
import type { Asset } from '../../../core/asset.js';
import type { IacMapper } from '../kit.js';
import { COMPUTE_TYPES, mapCompute } from './compute.js';
import { KMS_TYPES, mapKms } from './kms.js';
import { mapProject, PROJECT_TYPES } from './project.js';
import { mapServices, SERVICE_TYPES } from './services.js';
import { mapSql, SQL_TYPES } from './sql.js';
import { mapStorage, STORAGE_TYPES } from './storage.js';
import { Index } from './util.js';

const AREAS: ReadonlyArray<readonly [string, readonly string[], (idx: Index) => Asset[]]> = [
  ['storage', STORAGE_TYPES, mapStorage],
  ['compute', COMPUTE_TYPES, mapCompute],
  ['sql', SQL_TYPES, mapSql],
  ['kms', KMS_TYPES, mapKms],
  ['project', PROJECT_TYPES, mapProject],
  ['dns/gke/bigquery', SERVICE_TYPES, mapServices],
];

export const GOOGLE_TYPES: readonly string[] = [...STORAGE_TYPES, ...COMPUTE_TYPES, ...SQL_TYPES, ...KMS_TYPES, ...PROJECT_TYPES, ...SERVICE_TYPES];

export const googleMapper: IacMapper = {
  provider: 'gcp',
  types: GOOGLE_TYPES,
  map(resources, ctx): Asset[] {
    // Data sources are read only as inputs of others (a `google_iam_policy` document); managed resources make assets.
    const idx = new Index(resources, ctx);
    const out: Asset[] = [];
    // One area failing (a bug on an unexpected input) does not lose the others: it is reported where it starts.
    for (const [area, types, run] of AREAS) {
      try {
        out.push(...run(idx));
      } catch (e) {
        const first = resources.find((r) => types.includes(r.type)) ?? resources[0];
        if (first) ctx.diag({ severity: 'error', file: first.file, line: first.line, code: 'MappingFailed', message: `mapping google ${area} resources failed: ${(e as Error).message}` });
      }
    }
    return out;
  },
};

export const googleMappers: IacMapper[] = [googleMapper];
