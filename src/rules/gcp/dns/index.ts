import type { Rule } from '../../../core/rule.js';
import { rule as dnssecEnabled } from './dnssec-enabled.js';
import { rule as dnssecKeySigningNotRsasha1 } from './dnssec-key-signing-not-rsasha1.js';
import { rule as dnssecZoneSigningNotRsasha1 } from './dnssec-zone-signing-not-rsasha1.js';

export const rules: Rule[] = [dnssecEnabled, dnssecKeySigningNotRsasha1, dnssecZoneSigningNotRsasha1];
