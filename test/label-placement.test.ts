import { expect } from '@open-wc/testing';
import { boxAt, placeLabels, type Box, type LabelToPlace } from '../src/elements/city-map/label-placement.js';

const BOUNDS: Box = { left: 0, top: 0, right: 400, bottom: 400 };

/** A town at (x, y) with a name 60 × 16 px: dot radius 7, names from 8 px off. */
const town = (x: number, y: number, extra: Partial<LabelToPlace> = {}): LabelToPlace => ({
  x,
  y,
  reach: 8,
  radius: 7,
  width: 60,
  height: 16,
  atRest: true,
  always: false,
  first: 'right',
  ...extra,
});

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels (the map’s names)', () => {
  it('puts a lone name on its first side: right, or left for a town in the east', () => {
    expect(placeLabels([town(100, 100)], BOUNDS, 4)).to.deep.equal(['right']);
    expect(placeLabels([town(300, 100, { first: 'left' })], BOUNDS, 4)).to.deep.equal(['left']);
  });

  it('puts each place’s box where the styles draw it: level with the dot, diagonally, or centred above and below', () => {
    const t = town(100, 100);
    expect(boxAt(t, 'right')).to.deep.equal({ left: 108, right: 168, top: 92, bottom: 108 });
    expect(boxAt(t, 'left')).to.deep.equal({ left: 32, right: 92, top: 92, bottom: 108 });
    expect(boxAt(t, 'above')).to.deep.equal({ left: 70, right: 130, top: 76, bottom: 92 });
    expect(boxAt(t, 'below')).to.deep.equal({ left: 70, right: 130, top: 108, bottom: 124 });
    const d = 8 * Math.SQRT1_2;
    const ne = boxAt(t, 'right-above');
    expect([ne.left, ne.bottom]).to.deep.equal([100 + d, 100 - d]);
    const sw = boxAt(t, 'left-below');
    expect([sw.right, sw.top]).to.deep.equal([100 - d, 100 + d]);
  });

  it('keeps names inside the map: a town at the right edge is named on its left', () => {
    expect(placeLabels([town(380, 100)], BOUNDS, 4)).to.deep.equal(['left']);
    // In the top right corner, level with the dot or below it.
    expect(placeLabels([town(380, 5)], BOUNDS, 4)[0]).to.be.oneOf(['left', 'left-below']);
  });

  it('never covers another town’s dot', () => {
    // A neighbour 30 px to the right sits under a name on the right.
    const places = placeLabels([town(100, 100), town(130, 100)], BOUNDS, 4);
    const place = places[0];
    if (!place || place === 'none' || place === 'right') throw new Error(`placed ${place}`);
    const first = boxAt(town(100, 100), place);
    expect(overlaps(first, { left: 123, right: 137, top: 93, bottom: 107 })).to.equal(false);
  });

  it('places only the names shown at rest, clear of the dots of towns named on hover only', () => {
    // The current town's name alone is shown; its neighbour on the right is a dot without a name.
    const places = placeLabels([town(130, 100, { atRest: false }), town(100, 100, { atRest: true, always: true })], BOUNDS, 4);
    expect(places[0], 'a name shown on hover only').to.equal(undefined);
    // Level with the dot and diagonally right, the name would cover that dot: it goes left.
    expect(places[1]).to.equal('left');
  });

  it('keeps names apart by the gap, trying diagonal places before above and below', () => {
    // Two towns 18 px apart vertically: level with its dot, the second name would come within
    // 2 px of the first, so it goes diagonally below.
    const places = placeLabels([town(100, 100), town(100, 118)], BOUNDS, 4);
    expect(places).to.deep.equal(['right', 'right-below']);
  });

  it('leaves out a name that has no room, and places the others', () => {
    // A town boxed in by neighbours on every side.
    const ring = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => [dx, dy])).filter(([dx, dy]) => dx || dy);
    const towns = [town(200, 200), ...ring.map(([dx, dy]) => town(200 + dx! * 20, 200 + dy! * 14))];
    const places = placeLabels(towns, BOUNDS, 4);
    expect(places[0]).to.equal('none');
    const shown = places.flatMap((place, i) => (!place || place === 'none' ? [] : [boxAt(towns[i]!, place)]));
    expect(shown.length).to.be.greaterThan(0);
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(overlaps(a, b)).to.equal(false);
  });

  it('places names shown whatever first, and where they hide least when nothing is free', () => {
    // The second town is current: its name takes the right side although it comes second.
    const places = placeLabels([town(100, 120), town(100, 100, { always: true })], BOUNDS, 20);
    expect(places[1]).to.equal('right');
    expect(places[0]).not.to.equal('right');
    // Boxed in, a current town still shows its name, where it hides fewest other towns: on its
    // left (one dot) rather than its right (two).
    const boxed = placeLabels(
      [town(200, 200, { always: true }), town(230, 200), town(255, 200), town(170, 200), town(200, 215), town(200, 185)],
      BOUNDS,
      4,
    );
    expect(boxed[0]).to.equal('left');
  });
});
