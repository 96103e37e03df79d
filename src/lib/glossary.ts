/** The letter a term is filed under: its first letter, upper-cased, or "#" for digits and symbols. */
export function termLetter(term: string): string {
  const first = term.trim().charAt(0).toLocaleUpperCase('en');
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Terms sorted the way a reader looks them up (case and accents ignored), grouped by letter in A–Z order. */
export function groupByLetter<T extends { term: string }>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const t of sorted) groups.set(termLetter(t.term), [...(groups.get(termLetter(t.term)) ?? []), t]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, terms: list }));
}

/** The id of a letter's section on /glossary/, kept apart from term ids: "letter-a". */
export const letterId = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`);

/** A to Z, for the letter index. */
export const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Ids of the terms an MDX source marks with <Term id="…">, in order of first use. */
export function termIdsIn(source: string): string[] {
  return [...new Set([...source.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1] as string))];
}
