/** Geometry of the ladder drawing: the individual track as a column of rungs, the management track beside it. */

interface ChartStage {
  id: string;
  label: string;
  years: string;
  track: 'individual' | 'management';
  /** Individual track: the rung this one grows from. */
  below?: string | undefined;
  /** Management track: the rungs it is reached from. */
  reachedFrom?: readonly string[] | undefined;
}

export interface LadderBox extends ChartStage {
  /** The label split into lines that fit the box. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LadderChart {
  width: number;
  height: number;
  boxes: LadderBox[];
  /** SVG path data for each "grows from" or "moves across from" link, drawn from the stage left to the one reached. */
  links: { from: string; to: string; d: string }[];
  /** Column headings, centred on their column. */
  tracks: { label: string; x: number }[];
}

const box = { width: 184, height: 50 };
const lineHeight = 18;
/** Characters per line before a label wraps; system fonts differ, so this errs on the short side. */
const lineLength = 17;

/** Splits a label at spaces into lines of at most `max` characters (a longer word keeps its own line). */
export function wrapLabel(label: string, max = lineLength): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const gap = { row: 20, column: 44 };
const pad = 4;
const header = 28;

/**
 * Places every stage. A management stage sits in its own column, level with the middle of the rungs it is reached
 * from (half a rung above a single one), so it reads as a move across rather than a promotion.
 */
export function ladderChart(stages: readonly ChartStage[]): LadderChart {
  const rungs = stages.filter((s) => s.track === 'individual');
  const side = stages.filter((s) => s.track === 'management');
  const step = box.height + gap.row;
  const columnX = [pad, pad + box.width + gap.column];
  // Rungs keep one line so they stay evenly spaced; a side box may grow to fit a longer label.
  const boxes: LadderBox[] = rungs.map((s, i) => ({
    ...s,
    ...box,
    lines: [s.label],
    x: columnX[0]!,
    y: pad + header + (rungs.length - 1 - i) * step,
  }));
  for (const s of side) {
    const from = boxes.filter((b) => s.reachedFrom?.includes(b.id));
    const lines = wrapLabel(s.label);
    const height = box.height + (lines.length - 1) * lineHeight;
    const centres = from.map((b) => b.y + box.height / 2);
    const middle = from.length > 1 ? (Math.min(...centres) + Math.max(...centres)) / 2 : (centres[0] ?? 0) - step / 2;
    const y = from.length ? middle - height / 2 : pad + header;
    boxes.push({ ...s, width: box.width, height, lines, x: columnX[1]!, y });
  }
  // A side box branching from the top rung rises above it: move everything down to make room.
  const shift = Math.max(0, pad + header - Math.min(...boxes.map((b) => b.y)));
  for (const b of boxes) b.y += shift;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const links = boxes.flatMap((to) =>
    boxes
      .filter((from) => (to.track === 'individual' ? to.below === from.id : to.reachedFrom?.includes(from.id)))
      .map((from) => {
        if (from.x === to.x) {
          const x = from.x + box.width / 2;
          return { from: from.id, to: to.id, d: `M${x} ${from.y}V${to.y + to.height + 2}` };
        }
        const startX = from.x + box.width;
        const midX = startX + gap.column / 2;
        const startY = from.y + box.height / 2;
        const endY = to.y + to.height / 2;
        return { from: from.id, to: to.id, d: `M${startX} ${startY}H${midX}V${endY}H${to.x - 2}` };
      }),
  );
  const columns = side.length ? 2 : 1;
  return {
    width: pad * 2 + columns * box.width + (columns - 1) * gap.column,
    height: bottom + pad,
    boxes,
    links,
    tracks: [
      { label: 'Individual track', x: columnX[0]! + box.width / 2 },
      ...(side.length ? [{ label: 'Management track', x: columnX[1]! + box.width / 2 }] : []),
    ],
  };
}
