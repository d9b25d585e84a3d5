/**
 * What every scanning command takes from policy as code: parapet.yaml (found or given), custom rule folders,
 * rule selection flags, suppressions. Flags win over the config file, field by field.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { builtinFrameworks, complianceIndex, findFramework, withRuleMappings } from '../compliance/registry.js';
import type { Suppressor } from '../core/finding.js';
import type { Framework } from '../core/framework.js';
import type { Rule } from '../core/rule.js';
import type { Severity } from '../core/verdict.js';
import { inlineSuppressor } from '../core/finding.js';
import { findConfig } from '../policy/find-config.js';
import type { SuppressionSet } from '../policy/suppress.js';
import { formatDiagnostic, type ParapetConfig, type PolicyDiagnostic, type RuleSelection } from '../policy/types.js';
import type { RuleGuidance } from '../report/types.js';
import { builtinRules } from '../rules/index.js';
import { UsageError } from './exit-codes.js';
import { FORMATS } from '../report/index.js';
import { parseFormat, parseList, parseSeverity, type Format } from './options.js';

export interface PolicyFlags {
  config?: string | false;
  rules?: string[];
  rulesInclude?: string;
  rulesExclude?: string;
  framework?: string;
  severity?: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** The policy options every scanning command has (`scan ...`, `demo`). */
export function policyOptions(c: Command): Command {
  return c
    .option('--config <file>', 'parapet.yaml to use (default: PARAPET_CONFIG, else ./parapet.yaml when present)')
    .option('--no-config', 'ignore parapet.yaml')
    .option('--rules <dir>', 'also run the custom YAML + CEL rules in this folder or file (repeatable)', collect)
    .option('--rules-include <ids>', 'only these rules (ids or globs like aws.s3.*, comma-separated)')
    .option('--rules-exclude <ids>', 'not these rules (ids or globs)')
    .option('--framework <ids>', 'only rules mapped by these frameworks (ids or unique prefixes, comma-separated)')
    .option('--severity <list>', "only rules of these severities: 'high,critical' or 'medium+' (medium and above)");
}

/** What a scan runs with. */
export interface ScanPolicy {
  rules: Rule[];
  frameworks: Framework[];
  suppressor: Suppressor;
  /** parapet.yaml suppressions (absent without a config file or suppressions). */
  suppressions?: SuppressionSet;
  config?: ParapetConfig;
  configPath?: string;
  /** Rule errors (the bad rules were left out; the scan goes on and exits 2 unless --fail-on gave 1). */
  errors: PolicyDiagnostic[];
}

/** The config file in force: `--config`, else PARAPET_CONFIG, else ./parapet.yaml; none with `--no-config`. */
export function configPathOf(flag: string | false | undefined, cwd = process.cwd()): string | undefined {
  if (flag === false) return undefined;
  if (typeof flag === 'string') return resolve(cwd, flag);
  if (process.env.PARAPET_CONFIG) return resolve(cwd, process.env.PARAPET_CONFIG);
  return findConfig(cwd);
}

/** Loads parapet.yaml; a file with errors stops the command (exit 2) naming every error with its key and line. */
export async function readConfig(path: string | undefined, warn: (line: string) => void): Promise<ParapetConfig | undefined> {
  if (!path) return undefined;
  if (!existsSync(path)) throw new UsageError(`--config: ${path} does not exist (parapet init writes a starter file)`);
  const { loadConfig } = await import('../policy/config.js');
  const loaded = loadConfig(path);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  for (const d of loaded.diagnostics.filter((x) => x.severity === 'warning')) warn(formatDiagnostic(d));
  if (errors.length || !loaded.config) {
    throw new UsageError(`${path} has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was scanned:\n${errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}`);
  }
  return loaded.config;
}

/** The frameworks named by `--framework` (ids or unique prefixes). */
function frameworkIds(v: string | undefined, all: Framework[]): string[] | undefined {
  const list = parseList(v);
  if (!list) return undefined;
  return list.map((w) => {
    try {
      return findFramework(all, w).id;
    } catch (e) {
      throw new UsageError(`--framework: ${(e as Error).message}`);
    }
  });
}

function severities(v: string | undefined, parseSeveritySelection: (v: string) => Severity[]): Severity[] | undefined {
  if (v === undefined) return undefined;
  try {
    return parseSeveritySelection(v);
  } catch (e) {
    throw new UsageError(`--severity: ${(e as Error).message}`);
  }
}

/**
 * Resolves the policy of one scan: the config file, built-in and custom rules (bad custom rules are reported and
 * left out), the selection (each flag replaces the config file's field), the frameworks with the custom rules'
 * mappings, and the suppressor (parapet.yaml suppressions, then inline IaC ones). The policy modules (YAML
 * validation, CEL, globs) are loaded only when used, so a plain scan starts as fast as before.
 */
export async function resolvePolicy(flags: PolicyFlags, warn: (line: string) => void = (l) => process.stderr.write(`parapet: ${l}\n`), now = new Date()): Promise<ScanPolicy> {
  const configPath = configPathOf(flags.config);
  const config = await readConfig(configPath, warn);
  const all = builtinFrameworks();
  const dirs = [...(config?.rules.custom ?? []), ...(flags.rules ?? []).map((d) => resolve(d))];
  let loaded: { rules: Rule[]; diagnostics: PolicyDiagnostic[] } = { rules: [], diagnostics: [] };
  if (dirs.length) {
    const { loadCustomRules } = await import('../policy/custom-rules.js');
    loaded = loadCustomRules(dirs, { builtinIds: new Set(builtinRules.map((r) => r.id)), frameworks: all });
  }
  for (const d of loaded.diagnostics) warn(formatDiagnostic(d));
  let rules: Rule[] = [...builtinRules, ...loaded.rules];
  const frameworks = withRuleMappings(all, rules);
  const base: RuleSelection = config?.rules ?? {};
  const given = [flags.rulesInclude, flags.rulesExclude, flags.severity, flags.framework, base.include, base.exclude, base.severities, base.frameworks, base.providers];
  if (given.some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0))) {
    const { parseSeveritySelection, selectRules } = await import('../policy/select.js');
    const sel: RuleSelection = {
      include: parseList(flags.rulesInclude) ?? base.include,
      exclude: parseList(flags.rulesExclude) ?? base.exclude,
      severities: severities(flags.severity, parseSeveritySelection) ?? base.severities,
      frameworks: frameworkIds(flags.framework, all) ?? base.frameworks,
      providers: base.providers,
    };
    const selected = selectRules(rules, sel, complianceIndex(frameworks));
    for (const p of selected.unmatched) warn(`rule pattern '${p}' matches no rule (parapet rules list)`);
    rules = selected.rules;
  }
  if (rules.length === 0) throw new UsageError('the rule selection leaves no rule to run (check --rules-include, --rules-exclude, --framework, --severity and parapet.yaml rules:)');
  let suppressions: SuppressionSet | undefined;
  let suppressor: Suppressor = inlineSuppressor;
  if (config?.suppressions.length) {
    const { combinedSuppressor, SuppressionSet } = await import('../policy/suppress.js');
    suppressions = new SuppressionSet(config.suppressions, now);
    suppressor = combinedSuppressor(suppressions);
  }
  return {
    rules,
    frameworks,
    suppressor,
    ...(suppressions ? { suppressions } : {}),
    ...(config ? { config } : {}),
    ...(configPath ? { configPath } : {}),
    errors: loaded.diagnostics.filter((d) => d.severity === 'error'),
  };
}

/** After a scan: expired suppressions that re-opened findings, and suppressions that matched nothing. */
export function suppressionNotes(policy: ScanPolicy): string[] {
  if (!policy.suppressions) return [];
  const r = policy.suppressions.report();
  const out: string[] = [];
  for (const { spec, findings } of r.expired) out.push(`suppression ${spec.id} (${spec.source}, owner ${spec.owner}) expired on ${spec.until}: ${findings} finding${findings === 1 ? '' : 's'} re-opened`);
  for (const spec of r.unused) out.push(`suppression ${spec.id} (${spec.source}) matched no finding: remove it if the exception is gone`);
  return out;
}

/** Rule guidance (title, rationale, remediation, references) for reports, custom rules included. */
export function guidanceOf(rules: readonly Rule[]): Map<string, RuleGuidance> {
  return new Map(rules.map((r) => [r.id, { title: r.title, rationale: r.rationale, remediation: r.remediation, references: r.references }]));
}

/** Report options from the flags, else parapet.yaml `output:`, else the defaults. */
export function outputOf(o: { format?: string; output?: string; failOn?: string; db?: string }, policy: ScanPolicy, defaults: { db: string }): { format: Format; output?: string; failOn?: Severity; db: string } {
  const cfg = policy.config?.output ?? {};
  const format = o.format ?? cfg.format ?? 'table';
  if (!o.format && cfg.format && !(FORMATS as readonly string[]).includes(cfg.format)) throw new UsageError(`${policy.configPath}: output.format '${cfg.format}' is for parapet report; a scan writes ${FORMATS.join(', ')}`);
  const failOn = o.failOn ? parseSeverity('--fail-on', o.failOn) : cfg.failOn;
  return { format: parseFormat(format), ...(o.output ? { output: o.output } : {}), ...(failOn ? { failOn } : {}), db: o.db ?? process.env.PARAPET_DB ?? cfg.db ?? defaults.db };
}

/** The report and database options of a scanning command (defaults come from parapet.yaml `output:`). */
export function outputOptions(c: Command, formats = 'table | json | csv | ocsf | sarif | junit', db = 'default: parapet.yaml output.db, else PARAPET_DB, else ./.parapet/parapet.db'): Command {
  return c
    .option('--format <format>', `${formats} (default: parapet.yaml output.format, else table)`)
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when an unsuppressed failing finding has this severity or higher (default: parapet.yaml output.failOn)')
    .option('--db <path>', `database file (${db})`);
}
