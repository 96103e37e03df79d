import type { Salaries, SalaryLevel } from '../schemas/salaries';

const basisLabel = { base: 'base salary', total: 'total compensation' } as const;

/** "$120,000" in the data's currency, no decimals. */
export function money(amount: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "$120,000–$180,000" or "$500,000+" for one level. */
export function salaryRange(level: SalaryLevel, currency = 'USD'): string {
  const low = money(level.min, currency);
  if (level.max === undefined) return `${low}+`;
  return `${low}–${money(level.max, currency)}${level.openEnded ? '+' : ''}`;
}

/** "US, 2026, base salary": the context every figure carries. */
export function salaryContext(data: Pick<Salaries, 'region' | 'year'>, level: SalaryLevel): string {
  return `${data.region}, ${data.year}, ${basisLabel[level.basis]}`;
}

/** Rough reading time at 220 words a minute, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}

/** Words in a text once MDX imports, JSX tags and markdown syntax are dropped. */
export function countWords(source: string): number {
  const prose = source
    .replace(/^import .*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// One formatter for the whole build: creating one per call cost most of a second over 1,600 articles.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 November 2026" for a reviewed date, in UTC so the build machine's zone never shifts it. */
export function humanDate(date: Date): string {
  return dateFormat.format(date);
}
