/** The score trend as inline SVG: one line over the scans, 0–100, a gap where a scan had no score. */
import { html, scoreText } from './escape.js';

export interface TrendPoint {
  at: string;
  score: number | null;
}

const W = 640;
const H = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

export function trendChart(points: TrendPoint[]): string {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (score: number) => PAD.top + innerH - (score / 100) * innerH;
  const fmt = (n: number) => n.toFixed(1);

  const grid = [0, 25, 50, 75, 100]
    .map((v) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/><text x="${PAD.left - 6}" y="${fmt(y(v) + 4)}" class="axis" text-anchor="end">${v}</text>`)
    .join('');

  // Consecutive scored points form one segment; a scan without a score breaks the line.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.score === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${fmt(x(i))},${fmt(y(p.score))}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((s) => `<polyline points="${s}" class="line"/>`).join('');

  const dots = points
    .map((p, i) => (p.score === null ? '' : `<circle cx="${fmt(x(i))}" cy="${fmt(y(p.score))}" r="3" class="dot"><title>${html(p.at.slice(0, 16).replace('T', ' '))}: ${scoreText(p.score)}</title></circle>`))
    .join('');

  // Dates under the first, middle and last scans (with the time when they all fall on one day).
  const oneDay = points.length > 0 && points[0]!.at.slice(0, 10) === points.at(-1)!.at.slice(0, 10);
  const when = (at: string) => (oneDay ? at.slice(0, 16).replace('T', ' ') : at.slice(0, 10));
  const labelAt = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter((i) => i >= 0 && points[i]);
  const labels = labelAt
    .map((i) => `<text x="${fmt(x(i))}" y="${H - 8}" class="axis" text-anchor="${points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle'}">${html(when(points[i]!.at))}</text>`)
    .join('');

  const empty = points.every((p) => p.score === null) ? `<text x="${W / 2}" y="${H / 2}" class="axis" text-anchor="middle">no scored scans yet</text>` : '';
  return `<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label="Posture score over the last ${points.length} scans" xmlns="http://www.w3.org/2000/svg">${grid}${lines}${dots}${labels}${empty}</svg>`;
}
