import type { Command } from 'commander';
import { builtinFrameworks, complianceIndex } from '../../compliance/registry.js';
import type { ComplianceRef, Rule } from '../../core/rule.js';
import { builtinRules } from '../../rules/index.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { resolve } from 'node:path';
import { loadCustomRules } from '../../policy/custom-rules.js';
import { formatRuleTestReport, runRuleTests } from '../../policy/rule-tests.js';
import { formatDiagnostic, type CustomRule } from '../../policy/types.js';
import { configPathOf, readConfig } from '../policy.js';
import { parseList, parseSeverities } from '../options.js';

let mappings: Map<string, ComplianceRef[]> | undefined;

/** Every framework control that maps the rule (the framework files are the source of truth). */
export function ruleCompliance(r: Rule): ComplianceRef[] {
  mappings ??= complianceIndex(builtinFrameworks());
  return mappings.get(r.id) ?? r.compliance;
}

export const ruleSummary = (r: Rule) => ({
  id: r.id,
  title: r.title,
  severity: r.severity,
  providers: r.providers,
  types: r.types ?? [],
  kinds: r.kinds ?? [],
  compliance: ruleCompliance(r),
  version: r.version,
  ...(r.source ? { source: r.source } : {}),
});

/** Built-in rules plus the custom rules of `--rules` and parapet.yaml (bad ones reported on stderr, left out). */
async function knownRules(o: { rules?: string[]; config?: string | false }): Promise<Rule[]> {
  const config = await readConfig(configPathOf(o.config), (l) => process.stderr.write(`parapet: ${l}\n`));
  const dirs = [...(config?.rules.custom ?? []), ...(o.rules ?? []).map((d) => resolve(d))];
  if (!dirs.length) return builtinRules;
  const loaded = loadCustomRules(dirs, { builtinIds: new Set(builtinRules.map((r) => r.id)), frameworks: builtinFrameworks() });
  for (const d of loaded.diagnostics) process.stderr.write(`parapet: ${formatDiagnostic(d)}\n`);
  if (loaded.diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT.toolFailed;
  return [...builtinRules, ...loaded.rules];
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function customOptions(c: Command): Command {
  return c
    .option('--rules <dir>', 'also the custom rules in this folder or file (repeatable)', collect)
    .option('--config <file>', 'parapet.yaml whose rules.custom folders to include (default: ./parapet.yaml when present)')
    .option('--no-config', 'ignore parapet.yaml');
}

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('the built-in and custom rules: list, show, test');
  customOptions(
    rules
      .command('list')
      .description('list rules')
      .option('--format <format>', 'table | json', 'table')
      .option('--severity <list>', 'only these severities')
      .option('--provider <list>', 'only these providers'),
  ).action(async (o: Record<string, string | undefined> & { rules?: string[] }) => {
      const sev = parseSeverities(o.severity);
      const prov = parseList(o.provider);
      const list = (await knownRules(o)).filter((r) => (!sev || sev.includes(r.severity)) && (!prov || r.providers.some((p) => prov.includes(p))));
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(list.map(ruleSummary), null, 2)}\n`);
      else if (o.format === 'table') {
        for (const r of list) process.stdout.write(`${r.severity.padEnd(9)}${r.id.padEnd(56)}${r.title}\n`);
        process.stdout.write(`${list.length} rules\n`);
      } else throw new UsageError(`--format: rules list writes table or json, not ${String(o.format)}`);
    });
  customOptions(
    rules
      .command('show <id>')
      .description('show one rule: rationale, remediation, references, compliance')
      .option('--format <format>', 'text | json', 'text'),
  ).action(async (id: string, o: Record<string, string | undefined> & { rules?: string[] }) => {
      const all = await knownRules(o);
      const r = all.find((x) => x.id === id);
      if (!r) {
        const near = all.filter((x) => x.id.includes(id.split('.').pop() ?? id)).slice(0, 5).map((x) => x.id);
        throw new UsageError(`no rule '${id}'${near.length ? `; did you mean ${near.join(', ')}?` : ''} (parapet rules list)`);
      }
      if (o.format === 'json') {
        const { evaluate: _e, tests: _t, ...meta } = r as CustomRule;
        process.stdout.write(`${JSON.stringify({ ...meta, compliance: ruleCompliance(r) }, null, 2)}\n`);
        return;
      }
      const out = [
        `${r.id}  (${r.severity}, v${r.version})`,
        r.title,
        '',
        `Applies to: ${[...(r.types ?? []), ...(r.kinds ?? [])].join(', ')} on ${r.providers.join(', ')}`,
        '',
        'Why:',
        `  ${r.rationale}`,
        '',
        'Fix:',
        ...r.remediation.steps.map((s, i) => `  ${i + 1}. ${s}`),
        ...(r.remediation.cli ? ['', 'CLI:', ...r.remediation.cli.split('\n').map((l) => `  ${l}`)] : []),
        ...(r.remediation.terraform ? ['', 'Terraform:', ...r.remediation.terraform.split('\n').map((l) => `  ${l}`)] : []),
        '',
        'Compliance:',
        ...ruleCompliance(r).map((c) => `  ${c.framework} ${c.control}`),
        '',
        'References:',
        ...r.references.map((u) => `  ${u}`),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    });
  rules
    .command('test')
    .description("run custom rules' test cases (asset fixtures with the expected verdict), as an organization's CI would")
    .argument('<paths...>', 'folders or files of custom rules')
    .option('--format <format>', 'text | json', 'text')
    .action((paths: string[], o: Record<string, string | undefined>) => {
      const loaded = loadCustomRules(paths.map((p) => resolve(p)), { builtinIds: new Set(builtinRules.map((r) => r.id)), frameworks: builtinFrameworks() });
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (loaded.rules.length === 0 && errors.length === 0) throw new UsageError(`no custom rules found in ${paths.join(', ')} (rule files are *.yaml or *.yml)`);
      const report = runRuleTests(loaded.rules);
      if (o.format === 'json') {
        const results = report.results.map((r) => ({ ...r, actual: { status: r.actual.status, reason: r.actual.reason } }));
        process.stdout.write(`${JSON.stringify({ rules: loaded.rules.length, passed: report.passed, failed: report.failed, untested: report.untested, errors: errors.map(formatDiagnostic), results }, null, 2)}\n`);
      } else if (o.format === 'text') process.stdout.write(`${formatRuleTestReport(report)}\n`);
      else throw new UsageError(`--format: rules test writes text or json, not ${String(o.format)}`);
      // Failing cases: 1, like a policy failure; rules that did not load: 2 (they were not tested at all).
      process.exitCode = errors.length ? EXIT.toolFailed : report.failed > 0 ? EXIT.policyFailed : EXIT.ok;
    });
}
