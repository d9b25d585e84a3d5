import type { Rule } from '../../../core/rule.js';
import { rule as securityContactRegistered } from './security-contact-registered.js';

export const rules: Rule[] = [securityContactRegistered];
