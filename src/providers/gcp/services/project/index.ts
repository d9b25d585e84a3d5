import type { GcpCollector } from '../../collector.js';
import { projectCollector } from './project.js';

export const projectCollectors: GcpCollector[] = [projectCollector];
