import { mcsb, nist } from '../support/frameworks.js';
import { isOn } from '../support/server-parameters.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.require-secure-transport-on',
  title: 'PostgreSQL flexible server requires TLS (require_secure_transport = ON)',
  params: ['require_secure_transport'],
  ok: isOn,
  expected: 'ON',
  severity: 'high',
  rationale: 'Without require_secure_transport the server accepts unencrypted connections, exposing credentials and query results on the network.',
  cliValue: 'ON',
  compliance: [mcsb('DP-3'), nist('SC-8')],
});
