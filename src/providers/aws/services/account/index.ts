import type { AwsCollector } from '../../collector.js';
import { securityContactCollector } from './security-contact.js';

export const collectors: AwsCollector[] = [securityContactCollector];
