/**
 * Organizational policy as code: custom YAML + CEL rules, suppressions with owner and expiry, rule selection
 * and the project config file (`parapet.yaml`). Contracts shared by `src/policy/*` and the CLI; see
 * docs/policy.md for the user-facing formats.
 */
import type { Asset, Provider } from '../core/asset.js';
import type { Rule } from '../core/rule.js';
import type { Severity, Status } from '../core/verdict.js';

/** A problem in a policy file (custom rule file, parapet.yaml): file, line, column and the key it is about. */
export interface PolicyDiagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column?: number;
  /** YAML path of the offending key: `suppressions[2].until`, `rules[0].assert`, `assert`. */
  key?: string;
  /**
   * Stable code: `YamlSyntax`, `Schema` (a missing, extra or ill-typed key), `CelSyntax`, `CelType`,
   * `DuplicateRuleId`, `BuiltinRuleId`, `UnknownFramework`, `UnknownControl`, `NotFound`, `NoTests`,
   * `UnknownKey`, `Expired` (a suppression past its date), `FileTooLarge`.
   */
  code: string;
  message: string;
}

/** `file:line:col: error [Code] key: message` — how every policy diagnostic is printed. */
export function formatDiagnostic(d: PolicyDiagnostic): string {
  const where = `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}`;
  return `${where}: ${d.severity} [${d.code}] ${d.key ? `${d.key}: ` : ''}${d.message}`;
}

/** One test case of a custom rule: an asset fixture and the verdict the rule must give it. */
export interface RuleTestCase {
  name: string;
  /** Where the case is written (the `- name:` item). */
  file: string;
  line: number;
  /** The fixture completed with defaults (id `test:<rule>:<n>`, account `000000000000`, region `global`, ...). */
  asset: Asset;
  expect: Status;
}

/** A custom rule: a `Rule` like the built-in ones (same engine, reports, evidence), plus its origin and CEL. */
export interface CustomRule extends Rule {
  /** Where the rule's document starts. */
  source: { file: string; line: number };
  /** CEL: true → pass, false → fail, anything else or an evaluation error → unknown. */
  assert: string;
  /** CEL precondition: false → not_applicable. */
  when?: string;
  tests: RuleTestCase[];
}

/** A suppression as written in parapet.yaml (`suppressions:`), validated. */
export interface SuppressionSpec {
  /** Given, or derived from the content (`sup-<8 hex>`): reports and warnings name it. */
  id: string;
  /** Rule id or glob (`aws.s3.*`). */
  rule?: string;
  /** Asset id glob: `*` matches any run of characters including `/` and `:`; `?` one character. */
  asset?: string;
  /** Exactly this finding (what `parapet suppress <finding-id>` records, beside rule and asset). */
  finding?: string;
  /** Account / subscription / project ids: any of. */
  accounts?: string[];
  regions?: string[];
  /** Every tag must be present with this value (`*`: present with any value). */
  tags?: Record<string, string>;
  reason: string;
  owner: string;
  /** Last day the suppression holds, `YYYY-MM-DD` (UTC, inclusive). */
  until: string;
  /** Where it is declared: `parapet.yaml:42`. */
  source: string;
}

/** Which rules a scan runs. Empty or absent lists select everything. */
export interface RuleSelection {
  /** Rule ids or globs (`aws.s3.*`); when present, only matching rules run. */
  include?: string[];
  /** Rule ids or globs removed after `include`. */
  exclude?: string[];
  severities?: Severity[];
  /** Framework ids: a rule runs when any control of any of them maps it. */
  frameworks?: string[];
  providers?: Provider[];
}

/** Targets a scan covers when the command line does not say (flags win). */
export interface TargetsConfig {
  aws?: {
    profile?: string;
    roleArn?: string;
    externalId?: string;
    organization?: boolean;
    memberRole?: string;
    accounts?: string[];
    excludeAccounts?: string[];
    regions?: string[];
    services?: string[];
  };
  azure?: { subscriptions?: string[]; managementGroup?: string; tenantId?: string };
  gcp?: { organization?: string; folders?: string[]; projects?: string[] };
}

/** What marks a data store as holding sensitive data (read by prioritization later). */
export interface ClassificationConfig {
  sensitive?: {
    /** Tag name → accepted values (`['*']`: any value). */
    tags?: Record<string, string[]>;
    /** Asset name globs (`*-pii-*`). */
    names?: string[];
  };
}

export interface OutputConfig {
  format?: string;
  failOn?: Severity;
  db?: string;
}

/** parapet.yaml, validated, paths resolved against the file's folder. */
export interface ParapetConfig {
  version: 1;
  targets: TargetsConfig;
  rules: RuleSelection & { custom: string[] };
  suppressions: SuppressionSpec[];
  classification: ClassificationConfig;
  output: OutputConfig;
}

export interface LoadedConfig {
  /** Absolute path of the file read. */
  path: string;
  /** Present unless the file has errors. */
  config?: ParapetConfig;
  diagnostics: PolicyDiagnostic[];
}

export type { Severity, Status, Provider, Asset, Rule };
