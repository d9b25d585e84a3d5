import { Command, CommanderError } from 'commander';
import { ToolError } from '../providers/aws/runtime/tool-error.js';
import { registerCompliance } from './commands/compliance.js';
import { registerDemo } from './commands/demo.js';
import { registerDiff } from './commands/diff.js';
import { registerEvidence } from './commands/evidence.js';
import { registerFindings } from './commands/findings.js';
import { registerPermissions } from './commands/permissions.js';
import { registerInit, registerSuppress, registerSuppressions } from './commands/policy.js';
import { registerReport } from './commands/report.js';
import { registerRules } from './commands/rules.js';
import { registerScore } from './commands/score.js';
import { registerScan } from './commands/scan.js';
import { registerSim } from './commands/sim.js';
import { EXIT, UsageError } from './exit-codes.js';
import { VERSION } from './version.js';

const program = new Command()
  .name('parapet')
  .description('Cloud security posture management: discover, assess, prove, prioritize, fix.')
  .version(VERSION)
  .showSuggestionAfterError(true)
  .exitOverride();
program.configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerDemo(program);
registerScan(program);
registerFindings(program);
registerDiff(program);
registerEvidence(program);
registerRules(program);
registerSim(program);
registerPermissions(program);
registerCompliance(program);
registerScore(program);
registerReport(program);
registerInit(program);
registerSuppress(program);
registerSuppressions(program);

process.on('SIGINT', () => process.exit(EXIT.interrupted));
process.on('SIGTERM', () => process.exit(EXIT.interrupted));

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.toolFailed;
  } else if (e instanceof UsageError || e instanceof ToolError) {
    process.stderr.write(`parapet: ${e.message}\n`);
    process.exitCode = EXIT.toolFailed;
  } else {
    const err = e as Error;
    process.stderr.write(`parapet: internal error: ${err.message}\n${process.env.PARAPET_DEBUG ? `${err.stack}\n` : '(set PARAPET_DEBUG=1 for the stack)\n'}`);
    process.exitCode = EXIT.toolFailed;
  }
}
