/** Formats benchmark results: the table `npm run bench` prints, and the targets of issue 6 checked against them. */

export type SizeResult = Record<string, unknown> & { size: string | number; error?: string };

export interface Target {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Met when value ≤ max (or ≥ min). */
  readonly max?: number;
  readonly min?: number;
  readonly met: boolean;
}

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

export function target(name: string, value: unknown, unit: string, bound: { max?: number; min?: number }): Target {
  const v = num(value);
  const met = Number.isFinite(v) && (bound.max === undefined || v <= bound.max) && (bound.min === undefined || v >= bound.min);
  return { name, value: v, unit, ...bound, met };
}

function cell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'n/a';
  if (typeof value === 'string') return value;
  return 'n/a';
}

/** A plain-text table with right-aligned columns. */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [headers.map(String), ...rows.map((row) => row.map(cell))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((text, i) => (i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0))).join('  ');
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function sizeTable(sizes: readonly SizeResult[]): string {
  return table(
    ['corpus', 'quotes', 'speakers', 'build ms', 'snapshot MB', 'corpus load ms', 'snapshot load ms', 'engine ms', 'start-up ms', 'heap MB', 'ask p50 ms', 'ask p99 ms', 'raw p50 ms', 'raw p99 ms', 'ratio p50', 'ratio p99'],
    sizes.map((s) =>
      s.error !== undefined
        ? [String(s.size), `failed: ${s.error}`]
        : [s.size, s.quotes, s.speakers, s.buildMs, s.snapshotMB, s.corpusLoadMs, s.snapshotLoadMs, s.engineMs, s.startupMs, s.heapMB, s.askP50, s.askP99, s.rawP50, s.rawP99, s.ratioP50, s.ratioP99],
    ),
  );
}

export function targetTable(targets: readonly Target[]): string {
  return table(
    ['target', 'measured', 'bound', 'met'],
    targets.map((t) => [t.name, `${cell(t.value)} ${t.unit}`, t.max !== undefined ? `≤ ${t.max} ${t.unit}` : `≥ ${t.min} ${t.unit}`, t.met ? 'yes' : 'NO']),
  );
}
