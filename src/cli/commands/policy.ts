import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Finding } from '../../core/finding.js';
import { isIsoDate } from '../../policy/config.js';
import { addSuppression } from '../../policy/config-edit.js';
import { starterConfig } from '../../policy/starter.js';
import { openStore } from '../../store/open.js';
import { UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';
import { configPathOf } from '../policy.js';

/** `parapet init`: a commented starter parapet.yaml. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented starter parapet.yaml (targets, rule selection, custom rules, suppressions, output)')
    .option('--path <file>', 'where to write it', 'parapet.yaml')
    .option('--force', 'overwrite an existing file')
    .action((o: { path: string; force?: boolean }) => {
      const path = resolve(o.path);
      if (existsSync(path) && !o.force) throw new UsageError(`${o.path} exists; pass --force to overwrite it`);
      writeFileSync(path, starterConfig());
      process.stdout.write(`wrote ${o.path}: edit it, then run parapet scan ... (it is read from the current folder, or with --config)\n`);
    });
}

/** The finding an id or unique prefix (8+ hex characters) names, from the latest state of every finding. */
function findingByPrefix(findings: Finding[], wanted: string): Finding {
  const id = wanted.toLowerCase();
  if (!/^[0-9a-f]{8,32}$/.test(id)) throw new UsageError(`'${wanted}' is not a finding id (8 to 32 hex characters, as parapet findings --format json shows)`);
  const matches = findings.filter((f) => f.id.startsWith(id));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`no finding ${wanted} in the database (run a scan first, or pass the --db it was stored in)`);
  throw new UsageError(`finding id prefix ${wanted} is ambiguous (${matches.length} findings); give more characters`);
}

/** `parapet suppress <finding-id>`: records an exception with reason, owner and expiry in parapet.yaml. */
export function registerSuppress(program: Command): void {
  program
    .command('suppress')
    .description('accept one finding as a documented exception: records rule, asset, reason, owner and expiry in parapet.yaml')
    .argument('<finding-id>', 'the finding (id or unique prefix of 8+ characters)')
    .requiredOption('--reason <text>', 'why the risk is accepted (shown with the finding in every report)')
    .requiredOption('--owner <who>', 'who owns the exception (a person or team an auditor can ask)')
    .requiredOption('--until <date>', 'last day it holds, YYYY-MM-DD; after it the finding re-opens')
    .option('--config <file>', 'parapet.yaml to record it in (default: PARAPET_CONFIG, else ./parapet.yaml, created when absent)')
    .option('--db <path>', 'database the finding is in', defaultDb())
    .action(async (wanted: string, o: { reason: string; owner: string; until: string; config?: string; db: string }) => {
      if (!o.reason.trim()) throw new UsageError('--reason: say why the risk is accepted');
      if (!o.owner.trim()) throw new UsageError('--owner: name who owns the exception');
      if (!isIsoDate(o.until)) throw new UsageError(`--until: '${o.until}' is not a date YYYY-MM-DD`);
      const today = new Date().toISOString().slice(0, 10);
      if (o.until < today) throw new UsageError(`--until: ${o.until} is in the past (today is ${today})`);
      const store = await openStore(o.db);
      let finding: Finding;
      try {
        finding = findingByPrefix(await store.findings({}), wanted);
      } finally {
        await store.close();
      }
      const path = configPathOf(o.config) ?? resolve('parapet.yaml');
      let added: { line: number; created: boolean };
      try {
        added = addSuppression(path, { finding: finding.id, rule: finding.ruleId, asset: finding.asset.id, reason: o.reason.trim(), owner: o.owner.trim(), until: o.until });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      process.stdout.write(
        `${added.created ? 'created' : 'updated'} ${path}:${added.line}: ${finding.ruleId} on ${finding.asset.name || finding.asset.id} suppressed until ${o.until} (owner ${o.owner.trim()}); the next scan marks it suppressed\n`,
      );
    });
}
