/** Colors for the human formats: picocolors, on only when asked. */
import pc from 'picocolors';
import type { Severity, Status } from '../core/verdict.js';

export type Colors = ReturnType<typeof pc.createColors>;

export interface Style {
  c: Colors;
  severity(s: Severity, text?: string): string;
  status(s: Status, text?: string): string;
}

export function style(color: boolean): Style {
  const c = pc.createColors(color);
  return {
    c,
    severity(s, text = s) {
      switch (s) {
        case 'critical':
          return c.bold(c.red(text));
        case 'high':
          return c.red(text);
        case 'medium':
          return c.yellow(text);
        case 'low':
          return c.cyan(text);
        default:
          return c.gray(text);
      }
    },
    status(s, text = s) {
      switch (s) {
        case 'pass':
          return c.green(text);
        case 'fail':
          return c.red(text);
        case 'unknown':
          return c.magenta(text);
        default:
          return c.gray(text);
      }
    },
  };
}
