/** A box in the page's pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where a town's name sits around its dot: beside it, diagonally above or below on either side,
 * straight above or below, or `none` (no room: shown on hover and focus only).
 */
export type LabelPlace =
  | 'right'
  | 'right-above'
  | 'right-below'
  | 'left'
  | 'left-above'
  | 'left-below'
  | 'above'
  | 'below'
  | 'none';

export interface LabelToPlace {
  /** The town's point: the centre of its dot. */
  readonly x: number;
  readonly y: number;
  /** How far from the point a name begins beside the dot (diagonally, this much on each axis × √½). */
  readonly reach: number;
  /** The radius of the dot, ring included: no other town's name may cover it. */
  readonly radius: number;
  readonly width: number;
  readonly height: number;
  /**
   * Whether the name is shown at rest, and so placed. A town whose name shows only on hover and
   * focus counts for its dot alone: no name placed may cover it.
   */
  readonly atRest: boolean;
  /** A name shown whatever (the current town's): placed first, and where it hides least when no place is free. */
  readonly always: boolean;
  /** The side tried first: the left for towns in the east, where a name on the right leaves the map. */
  readonly first: 'right' | 'left';
}

/**
 * Places the names shown at rest one by one (those always shown first, then in the order given)
 * at the first place around their dot where the name stays inside `bounds`, covers no other
 * town's dot and keeps `gap` pixels from every name already placed; a name with no such place
 * gets `none`, and a name not shown at rest no place at all (undefined). Greedy, as map
 * labelling usually is, and in the order cartographers prefer: level with the dot, then
 * diagonally, then straight above or below.
 */
export function placeLabels(labels: readonly LabelToPlace[], bounds: Box, gap: number): (LabelPlace | undefined)[] {
  const places: (LabelPlace | undefined)[] = labels.map(({ atRest }) => (atRest ? 'none' : undefined));
  const dots = labels.map(({ x, y, radius }) => ({ left: x - radius, right: x + radius, top: y - radius, bottom: y + radius }));
  const taken: Box[] = [];
  const order = labels
    .map((_, i) => i)
    .filter((i) => labels[i]!.atRest)
    .sort((a, b) => Number(labels[b]!.always) - Number(labels[a]!.always));
  for (const i of order) {
    const label = labels[i]!;
    const other = label.first === 'right' ? 'left' : 'right';
    const tries: Exclude<LabelPlace, 'none'>[] = [
      label.first,
      `${label.first}-above`,
      `${label.first}-below`,
      other,
      `${other}-above`,
      `${other}-below`,
      'above',
      'below',
    ];
    // What a name hides at a place: 0 where it is free. A name shown whatever, with no free
    // place, goes where it hides least: a part cut off by the map's edge, other names, then dots.
    const cost = (place: Exclude<LabelPlace, 'none'>) => {
      const box = boxAt(label, place);
      return (
        (within(box, bounds) ? 0 : 10_000) +
        100 * taken.filter((name) => overlap(box, name, gap)).length +
        dots.filter((dot, j) => j !== i && overlap(box, dot, 0)).length
      );
    };
    const costs = tries.map(cost);
    const best = costs.indexOf(Math.min(...costs));
    const place = costs[best] === 0 || label.always ? tries[best]! : undefined;
    if (place) {
      places[i] = place;
      taken.push(boxAt(label, place));
    }
  }
  return places;
}

/**
 * Each place as the direction from the dot to the name: -1, 0 or 1 across (left, centred, right)
 * and down (above, level, below). A diagonal place is `reach` × √½ off on each axis.
 */
export const DIRECTIONS: Readonly<Record<Exclude<LabelPlace, 'none'>, readonly [number, number]>> = {
  right: [1, 0],
  'right-above': [1, -1],
  'right-below': [1, 1],
  left: [-1, 0],
  'left-above': [-1, -1],
  'left-below': [-1, 1],
  above: [0, -1],
  below: [0, 1],
};

/** The box a name takes at one place around its dot. */
export function boxAt({ x, y, reach, width, height }: LabelToPlace, place: Exclude<LabelPlace, 'none'>): Box {
  const [across, down] = DIRECTIONS[place];
  const off = across && down ? reach * Math.SQRT1_2 : reach;
  // A name to the right begins `off` after the dot, one to the left ends `off` before it, and
  // one straight above or below is centred on it; likewise downwards.
  const left = x + across * off + ((across - 1) / 2) * width;
  const top = y + down * off + ((down - 1) / 2) * height;
  return { left, top, right: left + width, bottom: top + height };
}

const within = (box: Box, bounds: Box) =>
  box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;

/** Whether two boxes come closer than `gap`; boxes that only touch do not overlap. */
const overlap = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
