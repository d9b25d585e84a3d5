import { mcsb, nist } from '../support/frameworks.js';
import { pgParameterRule } from './support/rule-kit.js';

export const rule = pgParameterRule({
  id: 'azure.postgresql.log-retention-over-3-days',
  title: 'PostgreSQL flexible server keeps server logs for more than 3 days (logfiles.retention_days > 3)',
  params: ['logfiles.retention_days', 'log_retention_days'],
  ok: (v) => Number(v) > 3,
  expected: '> 3 days',
  severity: 'low',
  rationale: 'Server logs kept for only a few days are gone before most incidents are even noticed; longer retention keeps the evidence.',
  cliValue: '7',
  compliance: [mcsb('LT-6'), nist('AU-11')],
});
