/**
 * Escaping for the HTML report. Asset names, reasons and evidence come from cloud resources and are treated
 * as hostile: every string that reaches the page goes through `html()` (text and attribute values) or
 * `scriptJson()` (data inside a `<script>` element).
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a quoted attribute value. */
export function html(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` (so `</script>` and `<!--` cannot occur),
 * `>` and `&` become `\u` escapes, as do U+2028/U+2029 (line terminators in older JavaScript parsers).
 * `JSON.parse` of the element's text gives the value back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A number with thousands separators (fixed locale: the report reads the same everywhere). */
export function num(n: number): string {
  return n.toLocaleString('en-US');
}

/** A score as the report shows it. */
export function scoreText(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}
