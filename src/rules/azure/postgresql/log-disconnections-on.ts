import { mcsb, nist } from '../support/frameworks.js';
import { isOn } from '../support/server-parameters.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.log-disconnections-on',
  title: 'PostgreSQL flexible server logs session ends (log_disconnections = ON)',
  params: ['log_disconnections'],
  ok: isOn,
  expected: 'ON',
  severity: 'low',
  rationale: 'Disconnection records give each session its duration, which together with connection logs reconstructs what a suspicious session did and for how long.',
  cliValue: 'ON',
  compliance: [mcsb('LT-3'), nist('AU-12')],
});
