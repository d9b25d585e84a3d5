/**
 * How often a secret's rotation schedule asks for a rotation, in days: `AutomaticallyAfterDays`, or a
 * `rate(N days)` / `rate(N hours)` ScheduleExpression. Undefined for cron() schedules, whose interval
 * varies (the rule reports those as unknown rather than guess).
 */
export function rotationIntervalDays(rules: { AutomaticallyAfterDays?: number; ScheduleExpression?: string } | undefined): number | undefined {
  if (rules?.AutomaticallyAfterDays) return rules.AutomaticallyAfterDays;
  const m = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/.exec(rules?.ScheduleExpression?.trim() ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]!.startsWith('day') ? n : n / 24;
}
