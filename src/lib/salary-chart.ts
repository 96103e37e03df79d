/** Geometry of the salary chart: one horizontal range bar per level on a shared dollar scale. */
import type { SalaryLevel } from '../schemas/salaries';
import { salaryBases, salaryRange, type SalaryBasis } from './format';

export interface SalaryRow {
  id: string;
  label: string;
  basis: SalaryLevel['basis'];
  /** How the bar is drawn, which tells the bases apart. */
  bar: 'solid' | 'outlined';
  /** "$500,000+ · total compensation" */
  value: string;
  /** Top of the row; label, value and bar sit below it. */
  y: number;
  barX: number;
  barWidth: number;
  /** Where a dashed "and up" arrow starts, for open-ended ranges. */
  openX?: number | undefined;
}

export interface SalaryChart {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  rows: SalaryRow[];
  /** The "and up" arrow's length. */
  openLength: number;
}

/** How each basis is drawn; the legend is written from this, so the two cannot disagree. */
export const barStyle: Record<SalaryBasis, 'solid' | 'outlined'> = { 'stated-salary': 'solid', total: 'outlined' };

/** The chart's legend: which bar style means which basis, and what the arrow means. */
export function chartLegend(): string {
  const entries = (Object.keys(barStyle) as SalaryBasis[]).map(
    (b) => `${barStyle[b] === 'solid' ? 'Solid' : 'Outlined'} bars: ${salaryBases[b].full.toLowerCase()}.`,
  );
  return `${entries.join(' ')} An arrow means the range goes higher.`;
}
const rowHeight = 72;
const axisHeight = 26;
const openLength = 26;

/** The dollar scale: up to the next round step a fifth above the highest figure, so open ranges have room. */
export function scaleMax(levels: readonly SalaryLevel[], step = 100_000): number {
  const highest = Math.max(...levels.map((l) => l.max ?? l.min));
  return Math.ceil((highest * 1.2) / step) * step;
}

/** Lays out the chart for a drawing `width` units wide; smaller widths get smaller text. */
export function salaryChart(levels: readonly SalaryLevel[], currency: string, width: number): SalaryChart {
  const fontSize = width < 480 ? 13 : 14;
  const plot = { left: 8, right: width - openLength - 8, top: 4, bottom: 4 + levels.length * rowHeight };
  const max = scaleMax(levels);
  const x = (value: number) => plot.left + (value / max) * (plot.right - plot.left);
  const compact = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact' });
  const step = 100_000;
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => ({ x: x(i * step), label: compact.format(i * step) }));
  const rows = levels.map((l, i) => {
    const top = l.max ?? l.min;
    return {
      id: l.id,
      label: l.label,
      basis: l.basis,
      bar: barStyle[l.basis],
      value: `${salaryRange(l, currency)} · ${salaryBases[l.basis].short}`,
      y: plot.top + i * rowHeight,
      barX: x(l.min),
      // A range with only a floor is drawn as a short stub at the floor, then the arrow.
      barWidth: Math.max(x(top) - x(l.min), 4),
      openX: l.openEnded ? Math.max(x(top), x(l.min) + 4) : undefined,
    };
  });
  return { width, height: plot.bottom + axisHeight, fontSize, plot, ticks, rows, openLength };
}
