/** Geometry of the ladder drawing: the individual track as a column of rungs, the management track beside it. */

interface ChartStage {
  id: string;
  label: string;
  years: string;
  track: 'individual' | 'management';
  below?: string | undefined;
}

export interface LadderBox extends ChartStage {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LadderChart {
  width: number;
  height: number;
  boxes: LadderBox[];
  /** SVG path data for each "grows from" link, drawn from the lower stage to the higher. */
  links: { from: string; to: string; d: string }[];
  /** Column headings, centred on their column. */
  tracks: { label: string; x: number }[];
}

const box = { width: 184, height: 50 };
const gap = { row: 20, column: 44 };
const pad = 4;
const header = 28;

/** Places every stage; a management stage sits half a rung above the stage it branches from. */
export function ladderChart(stages: readonly ChartStage[]): LadderChart {
  const rungs = stages.filter((s) => s.track === 'individual');
  const side = stages.filter((s) => s.track === 'management');
  const step = box.height + gap.row;
  const columnX = [pad, pad + box.width + gap.column];
  const boxes: LadderBox[] = rungs.map((s, i) => ({
    ...s,
    ...box,
    x: columnX[0]!,
    y: pad + header + (rungs.length - 1 - i) * step,
  }));
  for (const s of side) {
    const from = boxes.find((b) => b.id === s.below);
    const y = from ? Math.max(pad + header, from.y - step / 2) : pad + header;
    boxes.push({ ...s, ...box, x: columnX[1]!, y });
  }
  const links = boxes.flatMap((to) => {
    const from = boxes.find((b) => b.id === to.below);
    if (!from) return [];
    if (from.x === to.x) {
      const x = from.x + box.width / 2;
      return [{ from: from.id, to: to.id, d: `M${x} ${from.y}V${to.y + box.height + 2}` }];
    }
    const startX = from.x + box.width;
    const midX = startX + gap.column / 2;
    const startY = from.y + box.height / 2;
    const endY = to.y + box.height / 2;
    return [{ from: from.id, to: to.id, d: `M${startX} ${startY}H${midX}V${endY}H${to.x - 2}` }];
  });
  const columns = side.length ? 2 : 1;
  return {
    width: pad * 2 + columns * box.width + (columns - 1) * gap.column,
    height: pad * 2 + header + rungs.length * step - gap.row,
    boxes,
    links,
    tracks: [
      { label: 'Individual track', x: columnX[0]! + box.width / 2 },
      ...(side.length ? [{ label: 'Management track', x: columnX[1]! + box.width / 2 }] : []),
    ],
  };
}
