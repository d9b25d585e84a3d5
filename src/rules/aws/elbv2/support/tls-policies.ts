/**
 * The oldest TLS version each predefined ELB security policy accepts, read from the policy's name the way
 * AWS names them (ELB only offers predefined policies for ALB and NLB listeners):
 *   ELBSecurityPolicy-TLS13-1-<n>-...   TLS 1.n and 1.3 (2021 and later, incl. FIPS and PQ variants)
 *   ELBSecurityPolicy-TLS-1-<n>-...     TLS 1.n and up
 *   ELBSecurityPolicy-FS-1-<n>-...      forward secrecy, TLS 1.n and up
 *   ELBSecurityPolicy-2016-08, -2015-05, ELBSecurityPolicy-FS-2018-06: TLS 1.0 and up
 * Undefined for names that follow none of these (a newer scheme): the rule reports that as unknown.
 */
const LEGACY_TLS10 = new Set(['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-2015-05', 'ELBSecurityPolicy-FS-2018-06']);

export function minimumTls(policy: string): string | undefined {
  if (LEGACY_TLS10.has(policy)) return '1.0';
  const m = /^ELBSecurityPolicy-(?:TLS13-1|TLS-1|FS-1)-([0-3])-/.exec(policy);
  return m ? `1.${m[1]}` : undefined;
}
