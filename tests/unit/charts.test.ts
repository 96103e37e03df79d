import { describe, expect, it } from 'vitest';
import { ladderChart, wrapLabel } from '../../src/lib/ladder-chart';
import { chartLegend, salaryChart, scaleMax } from '../../src/lib/salary-chart';

const stages = [
  { id: 'junior', label: 'Junior', years: '0–2 years', track: 'individual' as const },
  { id: 'mid', label: 'Mid-level', years: '2–5 years', track: 'individual' as const, below: 'junior' },
  { id: 'senior', label: 'Senior', years: '5+ years', track: 'individual' as const, below: 'mid' },
  {
    id: 'manager',
    label: 'Engineering manager',
    years: 'Varies',
    track: 'management' as const,
    reachedFrom: ['senior'],
  },
];

describe('the ladder drawing', () => {
  it('stacks the individual track bottom-up and puts the management track in a column beside it', () => {
    const chart = ladderChart(stages);
    const box = (id: string) => chart.boxes.find((b) => b.id === id)!;
    expect(box('junior').y).toBeGreaterThan(box('mid').y);
    expect(box('mid').y).toBeGreaterThan(box('senior').y);
    expect(box('manager').x).toBeGreaterThan(box('senior').x + box('senior').width);
    // Half a rung above the stage it branches from: a move across, not a promotion.
    const centre = (id: string) => box(id).y + box(id).height / 2;
    expect(centre('manager')).toBeLessThan(centre('senior'));
    expect(chart.tracks.map((t) => t.label)).toEqual(['Individual track', 'Management track']);
    expect(chart.links.map((l) => `${l.from}>${l.to}`)).toEqual(['junior>mid', 'mid>senior', 'senior>manager']);
    for (const b of chart.boxes) expect(b.x + b.width).toBeLessThanOrEqual(chart.width);
  });

  it('puts a track reached from two rungs level with the gap between them, linked from both', () => {
    const staff = { id: 'staff', label: 'Staff', years: '8+ years', track: 'individual' as const, below: 'senior' };
    const manager = { ...stages[3]!, reachedFrom: ['senior', 'staff'] };
    const chart = ladderChart([...stages.slice(0, 3), staff, manager]);
    const box = (id: string) => chart.boxes.find((b) => b.id === id)!;
    const centre = (id: string) => box(id).y + box(id).height / 2;
    expect(centre('manager')).toBeCloseTo((centre('senior') + centre('staff')) / 2);
    expect(chart.links.filter((l) => l.to === 'manager').map((l) => l.from)).toEqual(['senior', 'staff']);
  });

  it('wraps a long label onto more lines instead of letting it overflow', () => {
    expect(wrapLabel('Engineering manager')).toEqual(['Engineering', 'manager']);
    expect(wrapLabel('Senior')).toEqual(['Senior']);
    expect(wrapLabel('a b c d', 3)).toEqual(['a b', 'c d']);
    const manager = ladderChart(stages).boxes.find((b) => b.id === 'manager')!;
    expect(manager.lines).toEqual(['Engineering', 'manager']);
    expect(manager.height).toBeGreaterThan(50);
  });
});

const level = (
  id: string,
  min: number,
  max: number | undefined,
  openEnded = false,
  basis: 'stated-salary' | 'total' = 'stated-salary',
) => ({
  id,
  label: id,
  basis,
  min,
  ...(max === undefined ? {} : { max }),
  openEnded,
  quote: 'The words the source uses.',
  reading: 'How the site reads them.',
});
const levels = [
  level('entry', 120_000, 180_000),
  level('typical', 150_000, 350_000, true),
  level('top', 500_000, undefined, true, 'total'),
];

describe('the salary chart', () => {
  it('scales to a round figure a fifth above the highest one', () => {
    expect(scaleMax(levels)).toBe(600_000);
    expect(scaleMax([level('a', 10_000, 90_000)])).toBe(200_000);
  });

  it('places each range on the shared scale, with the figures written out', () => {
    const chart = salaryChart(levels, 'USD', 640);
    const [entry, typical, top] = chart.rows;
    const { left, right } = chart.plot;
    const x = (v: number) => left + (v / 600_000) * (right - left);
    expect(entry!.barX).toBeCloseTo(x(120_000));
    expect(entry!.barX + entry!.barWidth).toBeCloseTo(x(180_000));
    expect(entry!.openX).toBeUndefined();
    expect(typical!.openX).toBeCloseTo(x(350_000));
    expect(top!.openX! + chart.openLength).toBeLessThanOrEqual(chart.width);
    expect(entry!.value).toBe('$120,000–$180,000 · salary as stated');
    expect(top!.value).toBe('$500,000+ · total compensation');
    expect([entry!.bar, top!.bar]).toEqual(['solid', 'outlined']);
    expect(chart.ticks.map((t) => t.label)).toEqual(['$0', '$100K', '$200K', '$300K', '$400K', '$500K', '$600K']);
  });

  it('has a legend written from the same bar styles the drawing uses', () => {
    expect(chartLegend()).toBe(
      'Solid bars: salary as the source states it, not broken down into base, bonus and equity. Outlined bars: total compensation, including equity. An arrow means the range goes higher.',
    );
  });

  it('uses smaller text on the narrow drawing', () => {
    expect(salaryChart(levels, 'USD', 340).fontSize).toBeLessThan(salaryChart(levels, 'USD', 640).fontSize);
  });
});
