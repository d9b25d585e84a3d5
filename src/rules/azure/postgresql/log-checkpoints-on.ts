import { mcsb, nist } from '../support/frameworks.js';
import { isOn } from '../support/server-parameters.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.log-checkpoints-on',
  title: 'PostgreSQL flexible server logs checkpoints (log_checkpoints = ON)',
  params: ['log_checkpoints'],
  ok: isOn,
  expected: 'ON',
  severity: 'low',
  rationale: 'Checkpoint logs show I/O pressure and unexpected restarts, which help tell an attack (or a runaway workload) from normal operation when investigating.',
  cliValue: 'ON',
  compliance: [mcsb('LT-3'), nist('AU-12')],
});
