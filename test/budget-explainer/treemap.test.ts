import { expect } from '@open-wc/testing';
import {
  averageMeasure,
  layoutLevel,
  linesNeeded,
  neighbour,
  type Cell,
  type Direction,
} from '../../src/budget-explainer/treemap.js';

const items = (...values: number[]) =>
  values.map((value, i) => ({ id: `i${i}`, value, label: `Område ${i}` }));
const area = (c: Cell): number => (c.x1 - c.x0) * (c.y1 - c.y0);

/** A PRNG with a fixed seed (mulberry32): the same "random" layouts every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('treemap: layoutLevel', () => {
  it('fills the box, one cell per positive item, in the order given', () => {
    const cells = layoutLevel(items(50, 30, 20), { width: 400, height: 200, gap: 0 });
    expect(cells.map((c) => c.id)).to.deep.equal(['i0', 'i1', 'i2']);
    expect(cells.reduce((s, c) => s + area(c), 0)).to.be.closeTo(400 * 200, 400 * 200 * 0.01);
    for (const c of cells) {
      expect(c.x0).to.be.at.least(0);
      expect(c.y0).to.be.at.least(0);
      expect(c.x1).to.be.at.most(400);
      expect(c.y1).to.be.at.most(200);
    }
  });

  it('gives areas in proportion to the values (within rounding)', () => {
    const cells = layoutLevel(items(60, 30, 10), { width: 600, height: 400, gap: 0 });
    const total = 600 * 400;
    expect(area(cells[0]!) / total).to.be.closeTo(0.6, 0.02);
    expect(area(cells[1]!) / total).to.be.closeTo(0.3, 0.02);
    expect(area(cells[2]!) / total).to.be.closeTo(0.1, 0.02);
  });

  it('draws no cell for zero, negative or non-finite values, and keeps the others’ indices', () => {
    const cells = layoutLevel(items(10, 0, -5, Number.NaN, 5), { width: 100, height: 100 });
    expect(cells.map((c) => c.index)).to.deep.equal([0, 4]);
  });

  it('nothing to draw, or no room: no cells', () => {
    expect(layoutLevel(items(0, -1), { width: 100, height: 100 })).to.deep.equal([]);
    expect(layoutLevel(items(1), { width: 0, height: 100 })).to.deep.equal([]);
  });

  it('says what a cell has room for: the name, a number, or nothing', () => {
    const cells = layoutLevel(
      [
        { id: 'big', value: 500, label: 'Förskola och skola', detail: '4 139 mnkr' },
        { id: 'big2', value: 300, label: 'Äldreomsorg', detail: '1 905 mnkr' },
        // About 107 × 62 px: "Räddningstjänst" fits, but not the name and amount in three lines.
        { id: 'mid', value: 40, label: 'Räddningstjänst och miljö', detail: '203 mnkr' },
        { id: 'mid2', value: 40, label: 'Kultur och fritid', detail: '554 mnkr' },
        { id: 'tiny', value: 0.05, label: 'Revision', detail: '1 mnkr' },
      ],
      { width: 500, height: 300 },
    );
    expect(cells.map((c) => c.fit)).to.deep.equal(['label', 'label', 'number', 'number', 'none']);
  });

  it('uses the measure given (a wide font fits fewer names)', () => {
    const wide = (text: string) => text.length * 40;
    const cells = layoutLevel(items(50, 50), { width: 400, height: 200, measure: wide });
    expect(cells.map((c) => c.fit)).to.deep.equal(['number', 'number']);
  });
});

describe('treemap: linesNeeded', () => {
  const measure = (text: string) => averageMeasure(text, false);

  it('wraps between words', () => {
    expect(linesNeeded('a b c', 1000, measure)).to.equal(1);
    expect(linesNeeded('Förskola och skola', 80, measure)).to.equal(2); // Förskola / och skola
    expect(linesNeeded('Förskola och skola', 60, measure)).to.equal(3);
  });

  it('never breaks inside a word: Infinity when the longest word does not fit', () => {
    expect(linesNeeded('Arbetsmarknadsnämnden', 80, measure)).to.equal(Infinity);
  });
});

describe('treemap: neighbour (arrow keys)', () => {
  // A 2 × 2 grid:  0 1
  //                2 3
  const grid: Cell[] = [
    { index: 0, id: 'a', x0: 0, y0: 0, x1: 100, y1: 100, fit: 'label' },
    { index: 1, id: 'b', x0: 100, y0: 0, x1: 200, y1: 100, fit: 'label' },
    { index: 2, id: 'c', x0: 0, y0: 100, x1: 100, y1: 200, fit: 'label' },
    { index: 3, id: 'd', x0: 100, y0: 100, x1: 200, y1: 200, fit: 'label' },
  ];

  it('moves to the cell in that direction', () => {
    expect(neighbour(grid, 0, 'right')).to.equal(1);
    expect(neighbour(grid, 0, 'down')).to.equal(2);
    expect(neighbour(grid, 3, 'left')).to.equal(2);
    expect(neighbour(grid, 3, 'up')).to.equal(1);
  });

  it('stays put at an edge', () => {
    expect(neighbour(grid, 0, 'left')).to.equal(0);
    expect(neighbour(grid, 0, 'up')).to.equal(0);
    expect(neighbour(grid, 3, 'right')).to.equal(3);
  });

  it('prefers the neighbour in the same row over a nearer one diagonally', () => {
    // 0 is tall on the left; 1 top right, 2 bottom right: right from 0 goes to the one beside its middle.
    const cells: Cell[] = [
      { index: 0, id: 'a', x0: 0, y0: 0, x1: 100, y1: 200, fit: 'label' },
      { index: 1, id: 'b', x0: 100, y0: 0, x1: 200, y1: 60, fit: 'label' },
      { index: 2, id: 'c', x0: 100, y0: 60, x1: 200, y1: 200, fit: 'label' },
    ];
    expect(neighbour(cells, 0, 'right')).to.be.oneOf([1, 2]);
    expect(neighbour(cells, 2, 'up')).to.equal(1);
    expect(neighbour(cells, 1, 'left')).to.equal(0);
  });

  it('every cell can be reached with the arrow keys, in 200 seeded random treemaps', () => {
    const random = seeded(42);
    const directions: Direction[] = ['left', 'right', 'up', 'down'];
    for (let run = 0; run < 200; run++) {
      const n = 2 + Math.floor(random() * 30);
      const values = Array.from({ length: n }, () => Math.pow(random(), 3) * 1000 + 1).sort((a, b) => b - a);
      const cells = layoutLevel(items(...values), {
        width: 300 + random() * 700,
        height: 200 + random() * 300,
      });
      const seen = new Set([0]);
      const queue = [0];
      while (queue.length > 0) {
        const at = queue.shift()!;
        for (const d of directions) {
          const next = neighbour(cells, at, d);
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.size, `run ${run}: ${n} cells`).to.equal(cells.length);
    }
  });
});
