import type { Rule } from '../../../core/rule.js';
import { rule as fileSystemEncrypted } from './file-system-encrypted.js';

export const rules: Rule[] = [fileSystemEncrypted];
