import { mcsb, nist } from '../support/frameworks.js';
import { isOn } from '../support/server-parameters.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.log-connections-on',
  title: 'PostgreSQL flexible server logs connection attempts (log_connections = ON)',
  params: ['log_connections'],
  ok: isOn,
  expected: 'ON',
  severity: 'medium',
  rationale: 'Logging each connection attempt records who connected from where, and makes password-guessing and unexpected clients visible.',
  cliValue: 'ON',
  compliance: [mcsb('LT-3'), nist('AU-12')],
});
