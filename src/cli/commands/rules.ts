import type { Command } from 'commander';
import { builtinFrameworks, complianceIndex } from '../../compliance/registry.js';
import type { ComplianceRef, Rule } from '../../core/rule.js';
import { builtinRules } from '../../rules/index.js';
import { UsageError } from '../exit-codes.js';
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
});

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('the built-in rules');
  rules
    .command('list')
    .description('list rules')
    .option('--format <format>', 'table | json', 'table')
    .option('--severity <list>', 'only these severities')
    .option('--provider <list>', 'only these providers')
    .action((o: Record<string, string | undefined>) => {
      const sev = parseSeverities(o.severity);
      const prov = parseList(o.provider);
      const list = builtinRules.filter((r) => (!sev || sev.includes(r.severity)) && (!prov || r.providers.some((p) => prov.includes(p))));
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(list.map(ruleSummary), null, 2)}\n`);
      else if (o.format === 'table') {
        for (const r of list) process.stdout.write(`${r.severity.padEnd(9)}${r.id.padEnd(56)}${r.title}\n`);
        process.stdout.write(`${list.length} rules\n`);
      } else throw new UsageError(`--format: rules list writes table or json, not ${String(o.format)}`);
    });
  rules
    .command('show <id>')
    .description('show one rule: rationale, remediation, references, compliance')
    .option('--format <format>', 'text | json', 'text')
    .action((id: string, o: Record<string, string | undefined>) => {
      const r = builtinRules.find((x) => x.id === id);
      if (!r) {
        const near = builtinRules.filter((x) => x.id.includes(id.split('.').pop() ?? id)).slice(0, 5).map((x) => x.id);
        throw new UsageError(`no rule '${id}'${near.length ? `; did you mean ${near.join(', ')}?` : ''} (parapet rules list)`);
      }
      if (o.format === 'json') {
        const { evaluate: _e, ...meta } = r;
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
}
