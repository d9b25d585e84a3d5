import { mcsb, nist } from '../support/frameworks.js';
import { isOn } from '../support/server-parameters.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.connection-throttling-on',
  title: 'PostgreSQL flexible server throttles repeated failed logins (connection_throttle.enable = ON)',
  params: ['connection_throttle.enable', 'connection_throttling'],
  ok: isOn,
  expected: 'ON',
  severity: 'medium',
  rationale: 'Connection throttling slows clients that keep failing to log in, making password guessing and connection floods much less effective.',
  cliValue: 'ON',
  compliance: [mcsb('NS-2'), nist('AC-7')],
});
