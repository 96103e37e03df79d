import type { Salaries, SalaryLevel } from '../schemas/salaries';

/**
 * What a salary figure counts, and the words the site shows for it: the one place these labels live (the schema's
 * enum is built from these keys). `inline` follows a figure in a sentence, `short` fits beside a bar in the chart,
 * `full` fills a table cell or a legend.
 * The source text says "salaries" without splitting them into base, bonus and equity, so the site says just that.
 */
export const salaryBases = {
  'stated-salary': {
    inline: 'salary as the source states it',
    short: 'salary as stated',
    full: 'Salary as the source states it, not broken down into base, bonus and equity',
  },
  total: { inline: 'total compensation', short: 'total compensation', full: 'Total compensation, including equity' },
} as const;
export type SalaryBasis = keyof typeof salaryBases;

/** What a stage page and /salaries/ say where the source gives no range for a stage: the fact, then the advice. */
export const noSalaryRange = {
  fact: 'The source gives no salary range for this stage.',
  advice:
    'Ask the recruiter for the pay band of the level you are offered, and compare it with other offers on the same basis.',
} as const;

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

/** "US, 2026, total compensation": the context every figure carries. */
export function salaryContext(data: Pick<Salaries, 'region' | 'year'>, level: Pick<SalaryLevel, 'basis'>): string {
  return `${data.region}, ${data.year}, ${salaryBases[level.basis].inline}`;
}

/** "March 2026": the month a source was published, in UTC. */
export function monthYear(date: Date): string {
  monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return monthFormat.format(date);
}

/**
 * Where the salary figures come from, in two sentences for /salaries/ and /about/: whose figures they are, their
 * date and region, and what the source says about its method.
 */
export function salaryProvenance(data: Pick<Salaries, 'region' | 'published' | 'method'>): string {
  return `Every salary figure on this site is copied as stated from the guide's source text, published in ${monthYear(data.published)}, and holds for the ${data.region}. ${data.method}`;
}

/** The level `id` names, or an error that says which component asked and which ids exist. */
export function salaryLevel(data: Pick<Salaries, 'levels'>, id: string, where: string): SalaryLevel {
  const level = data.levels.find((l) => l.id === id);
  if (!level) {
    const known = data.levels.map((l) => `"${l.id}"`).join(', ');
    throw new Error(`${where} names no level "${id}" in content/data/salaries.yaml; its levels are ${known}`);
  }
  return level;
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

// One formatter of each kind, made on first use: one per call cost most of a second over 1,600 articles, and made
// when this module loads they cost a reader's phone some 60 ms of blocked main thread (new-since.ts imports it).
let dateFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/** "26 November 2026" for a reviewed date, in UTC so the build machine's zone never shifts it. */
export function humanDate(date: Date): string {
  dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(date);
}

/** Sources as a reader lists them: one entry per page, however many passages of it an article quotes. */
export function uniqueSources<T extends { title: string; url?: string | undefined }>(sources: readonly T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
