import type { Rule } from '../../../core/rule.js';
import { rule as bucketAccessLoggingEnabled } from './bucket-access-logging-enabled.js';
import { rule as cloudwatchLogsIntegrated } from './cloudwatch-logs-integrated.js';
import { rule as logFileValidationEnabled } from './log-file-validation-enabled.js';
import { rule as multiRegionTrailLogging } from './multi-region-trail-logging.js';
import { rule as s3ObjectReadEventsLogged } from './s3-object-read-events-logged.js';
import { rule as s3ObjectWriteEventsLogged } from './s3-object-write-events-logged.js';
import { rule as trailKmsEncrypted } from './trail-kms-encrypted.js';

export const rules: Rule[] = [
  multiRegionTrailLogging,
  logFileValidationEnabled,
  trailKmsEncrypted,
  cloudwatchLogsIntegrated,
  bucketAccessLoggingEnabled,
  s3ObjectWriteEventsLogged,
  s3ObjectReadEventsLogged,
];
