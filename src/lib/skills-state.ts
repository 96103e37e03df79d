/**
 * The skills self-check's state: which skills a reader marked, and how that travels into
 * localStorage, a JSON file and a share link. Everything here tolerates bad input: unknown
 * skill ids are ignored, damaged data is reported, never thrown.
 */

export const marks = ['not-yet', 'learning', 'confident'] as const;
export type Mark = (typeof marks)[number];
/** Skill id -> mark; a skill without an entry is unmarked. */
export type Marks = Record<string, Mark>;

export const markLabels: Record<Mark, string> = { 'not-yet': 'Not yet', learning: 'Learning', confident: 'Confident' };

/** localStorage key; a new format gets a new key, so an old browser never misreads it. */
export const storageKey = 'skills-check:v1';
/** Identifies an exported file, so importing some other JSON is refused with a clear message. */
export const fileFormat = 'ml-engineer-career-guide/skills-check';
const version = 1;

/** One letter per mark in share links: #v1:c=python,git;l=rag;n=rust-cpp */
const shareCodes: Record<Mark, string> = { confident: 'c', learning: 'l', 'not-yet': 'n' };
const shareOrder: Mark[] = ['confident', 'learning', 'not-yet'];
const idPattern = /^[a-z0-9-]+$/;

export type Parsed = { ok: true; marks: Marks; ignored: number } | { ok: false; reason: string };

const isMark = (value: unknown): value is Mark =>
  typeof value === 'string' && (marks as readonly string[]).includes(value);

/** Known ids with valid marks, in the order of `known`; counts the entries it had to leave out. */
export function cleanMarks(
  input: Record<string, unknown>,
  known: readonly string[],
): { marks: Marks; ignored: number } {
  const result: Marks = {};
  for (const id of known) {
    const mark = input[id];
    if (isMark(mark)) result[id] = mark;
  }
  return { marks: result, ignored: Object.keys(input).length - Object.keys(result).length };
}

/** The JSON written to localStorage and, with an export date, to a downloaded file. */
export function serialize(current: Marks, exported?: Date): string {
  const body = { format: fileFormat, version, ...(exported && { exported: exported.toISOString() }), marks: current };
  return exported ? JSON.stringify(body, null, 2) : JSON.stringify(body);
}

/** Reads what serialize() wrote, from storage or an imported file. */
export function parseSaved(text: string, known: readonly string[]): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== fileFormat) {
    return { ok: false, reason: 'it is not a skills self-check' };
  }
  const { version: v, marks: saved } = data as { version?: unknown; marks?: unknown };
  if (v !== version) return { ok: false, reason: `it has format version ${String(v)}, and this page reads ${version}` };
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) {
    return { ok: false, reason: 'its marks are missing' };
  }
  return { ok: true, ...cleanMarks(saved as Record<string, unknown>, known) };
}

/** What localStorage held: nothing yet, a self-check, or something damaged that the page must replace. */
export function readStored(
  raw: string | null,
  known: readonly string[],
): { status: 'empty' | 'ok' | 'corrupt'; marks: Marks; ignored: number } {
  if (raw === null) return { status: 'empty', marks: {}, ignored: 0 };
  const parsed = parseSaved(raw, known);
  return parsed.ok
    ? { status: 'ok', marks: parsed.marks, ignored: parsed.ignored }
    : { status: 'corrupt', marks: {}, ignored: 0 };
}

/** True for a fragment that carries a shared self-check ("#v1:..."), false for ordinary anchors. */
export const isShareHash = (hash: string) => /^#?v\d+:/.test(hash);

/** The fragment of a share link, without "#": "v1:c=python,git;l=rag". Ids follow the order of `known`. */
export function encodeShare(current: Marks, known: readonly string[]): string {
  const parts = shareOrder
    .map((mark) => [mark, known.filter((id) => current[id] === mark)] as const)
    .filter(([, ids]) => ids.length > 0)
    .map(([mark, ids]) => `${shareCodes[mark]}=${ids.join(',')}`);
  return `v${version}:${parts.join(';')}`;
}

/** Reads a share fragment (with or without "#"); unknown ids are ignored, damaged syntax is refused. */
export function decodeShare(hash: string, known: readonly string[]): Parsed {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    return { ok: false, reason: 'the link is damaged' };
  }
  const head = /^v(\d+):/.exec(text);
  if (!head) return { ok: false, reason: 'the link is not a shared self-check' };
  if (Number(head[1]) !== version) return { ok: false, reason: `the link was made by format version ${head[1]}` };
  const body = text.slice(head[0].length);
  const found: Record<string, Mark> = {};
  for (const part of body ? body.split(';') : []) {
    const [code, list, extra] = part.split('=');
    const mark = shareOrder.find((m) => shareCodes[m] === code);
    if (!mark || list === undefined || extra !== undefined) return { ok: false, reason: 'the link is damaged' };
    for (const id of list.split(',')) {
      if (!idPattern.test(id)) return { ok: false, reason: 'the link is damaged' };
      found[id] = mark;
    }
  }
  return { ok: true, ...cleanMarks(found, known) };
}

export interface GroupSummary {
  id: string;
  total: number;
  counts: Record<Mark | 'unmarked', number>;
  /** Skills to read about next: not yet first, then learning, each in list order. */
  gaps: { id: string; mark: Mark }[];
}

/** Progress per group, and the skills each group should send the reader to next. */
export function summarize(
  groups: readonly { id: string; skills: readonly string[] }[],
  current: Marks,
): GroupSummary[] {
  return groups.map((group) => {
    const counts = { 'not-yet': 0, learning: 0, confident: 0, unmarked: 0 };
    for (const id of group.skills) counts[current[id] ?? 'unmarked'] += 1;
    const gaps = (['not-yet', 'learning'] as const).flatMap((mark) =>
      group.skills.filter((id) => current[id] === mark).map((id) => ({ id, mark })),
    );
    return { id: group.id, total: group.skills.length, counts, gaps };
  });
}
