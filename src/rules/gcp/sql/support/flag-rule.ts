/**
 * Builds the rule for one CIS database-flag recommendation (sections 6.1-6.3): the flag as set in
 * `settings.databaseFlags`, or the default Cloud SQL documents for it when it is not set (the API omits unset
 * flags and omits the list when no flag is set). Instances of other engines are not applicable.
 */
import { fail, notApplicable, pass, type Rule } from '../../../../core/rule.js';
import type { Severity } from '../../../../core/verdict.js';
import { mappings } from '../../support/compliance.js';
import { GCP } from '../../support/types.js';
import { ENGINE_NAMES, sqlInstance, type Engine } from './instance.js';

export interface FlagRuleSpec {
  id: string;
  title: string;
  severity: Severity;
  engine: Engine;
  flag: string;
  cis: string;
  nist: string[];
  rationale: string;
  /** Whether the value (lower-cased; `undefined` when the flag is not set) satisfies the recommendation. */
  ok: (value: string | undefined) => boolean;
  /** What an unset flag means, per Cloud SQL's flag documentation (used in reasons). */
  unset: string;
  /** What the recommendation expects, for evidence. */
  expected: string;
  /** The value to set in remediation; `null` when the fix is to remove the flag. */
  recommended: string | null;
}

const DOCS: Record<Engine, string> = {
  MYSQL: 'https://cloud.google.com/sql/docs/mysql/flags',
  POSTGRES: 'https://cloud.google.com/sql/docs/postgres/flags',
  SQLSERVER: 'https://cloud.google.com/sql/docs/sqlserver/flags',
};

export function flagRule(spec: FlagRuleSpec): Rule {
  const { flag, recommended } = spec;
  const setting = recommended === null ? `remove the ${flag} flag` : `set ${flag} to ${recommended}`;
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    providers: ['gcp'],
    types: [GCP.sqlInstance],
    rationale: spec.rationale,
    remediation: {
      steps: [
        `Open the ${ENGINE_NAMES[spec.engine]} instance in Cloud SQL and edit its database flags.`,
        `${setting[0]!.toUpperCase()}${setting.slice(1)}, keeping every other flag (patching flags replaces the whole list).`,
        'Check whether the change restarts the instance and apply it in a maintenance window if so.',
      ],
      cli:
        recommended === null
          ? `gcloud sql instances patch <INSTANCE> --database-flags=<ALL_OTHER_FLAGS>   # or --clear-database-flags`
          : `gcloud sql instances patch <INSTANCE> --database-flags="${flag}=${recommended},<OTHER_FLAGS>"`,
      terraform:
        recommended === null
          ? `# Remove the database_flags block named "${flag}" from google_sql_database_instance.settings.`
          : `resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    database_flags {\n      name  = "${flag}"\n      value = "${recommended}"\n    }\n  }\n}`,
    },
    references: [DOCS[spec.engine]],
    compliance: mappings(spec.cis, spec.nist),
    version: 1,
    evaluate(asset) {
      const { instance, engine } = sqlInstance(asset);
      if (engine !== spec.engine) return notApplicable(`${flag} applies to ${ENGINE_NAMES[spec.engine]} instances; this one runs ${instance.databaseVersion}`);
      const flags = instance.settings?.databaseFlags ?? [];
      const index = flags.findIndex((f) => f.name === flag);
      const value = index >= 0 ? (flags[index]?.value ?? '').toLowerCase() : undefined;
      const ev = [{ path: index >= 0 ? `config.instance.settings.databaseFlags[${index}].value` : 'config.instance.settings.databaseFlags', observed: value ?? `${flag} not set`, expected: spec.expected }];
      const shown = value === undefined ? `${flag} is not set (${spec.unset})` : `${flag} is ${value}`;
      return spec.ok(value) ? pass(shown, ev) : fail(`${shown}; expected ${spec.expected}`, ev);
    },
  };
}
