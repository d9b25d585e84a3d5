import type { ComplianceRef } from '../../../core/rule.js';

/** The CIS Microsoft Azure Foundations Benchmark version every Azure rule maps to (v4.0.0 numbering). */
export const CIS_AZURE = 'cis-azure-foundations-v4.0.0';

export const cis = (control: string): ComplianceRef => ({ framework: CIS_AZURE, control });
/** Microsoft cloud security benchmark v1 control (`NS-2`, `DP-3`, `LT-3` ...). */
export const mcsb = (control: string): ComplianceRef => ({ framework: 'mcsb', control });
export const nist = (control: string): ComplianceRef => ({ framework: 'nist-800-53-r5', control });
