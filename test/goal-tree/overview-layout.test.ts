import { expect } from '@open-wc/testing';
import {
  layoutOverview,
  prepareOverview,
  wrapLabel,
  type OverviewCell,
  type OverviewLayout,
  type OverviewNode,
} from '../../src/goal-tree/overview-layout.js';
import { countNodes, largeTree, node, smallTree } from './overview-trees.js';

const byId = (layout: OverviewLayout, id: string): OverviewCell | undefined =>
  layout.cells.find((c) => c.kind === 'node' && c.id === id);

/** Every cell inside the picture, none overlapping another in the same column. */
function expectTiled(layout: OverviewLayout): void {
  const eps = 1e-6;
  const columns = new Map<number, OverviewCell[]>();
  for (const c of layout.cells) {
    expect(c.x, `${c.id} x`).to.be.at.least(-eps);
    expect(c.y, `${c.id} y`).to.be.at.least(-eps);
    expect(c.x + c.width, `${c.id} right`).to.be.at.most(layout.width + eps);
    expect(c.y + c.height, `${c.id} bottom`).to.be.at.most(layout.height + eps);
    columns.set(c.column, [...(columns.get(c.column) ?? []), c]);
  }
  for (const cells of columns.values()) {
    const sorted = [...cells].sort((a, b) => a.y - b.y);
    for (let k = 1; k < sorted.length; k++) {
      expect(sorted[k]!.y, `${sorted[k]!.id} below ${sorted[k - 1]!.id}`).to.be.at.least(
        sorted[k - 1]!.y + sorted[k - 1]!.height - eps,
      );
    }
  }
}

describe('overview layout (pure)', () => {
  describe('a small tree', () => {
    const p = prepareOverview(smallTree());
    const layout = layoutOverview(p);

    it('counts every node and every status', () => {
      expect(p.total).to.equal(10);
      expect(p.depth).to.equal(4);
      expect(p.counts).to.deep.equal({
        achieved: 2,
        'on-track': 4,
        'at-risk': 1,
        'off-track': 1,
        'not-started': 1,
        'no-data': 1,
      });
    });

    it('draws every node once, in the list order, one column per level', () => {
      expect(layout.cells.map((c) => c.id)).to.deep.equal([
        'vision',
        'sm-1',
        'c-1',
        'a-1',
        'a-2',
        'c-2',
        'sm-2',
        'c-3',
        'a-3',
        'a-4',
      ]);
      expect(layout.cells.every((c) => c.kind === 'node')).to.be.true;
      expect(layout.cells.map((c) => c.column)).to.deep.equal([0, 1, 2, 3, 3, 2, 1, 2, 3, 3]);
      expect(layout.shown).to.equal(10);
      expect(layout.focusId).to.equal(undefined);
      expectTiled(layout);
    });

    it('gives each leaf one row and each node the rows of its leaves', () => {
      // 5 leaves × 28
      expect(layout.height).to.equal(140);
      expect(byId(layout, 'vision')).to.include({ y: 0, height: 140, x: 0, width: 140 });
      expect(byId(layout, 'sm-1')).to.include({ y: 0, height: 84 });
      expect(byId(layout, 'sm-2')).to.include({ y: 84, height: 56 });
      expect(byId(layout, 'a-4')).to.include({ y: 112, height: 28, x: 420 });
    });

    it('marks the selected node and the thread to it, without zooming', () => {
      const selected = layoutOverview(p, 'a-2');
      expect(selected.focusId).to.equal(undefined);
      expect(byId(selected, 'a-2')!.selected).to.equal('self');
      expect(selected.cells.filter((c) => c.selected)).to.have.length(1);
      expect(selected.cells.filter((c) => c.thread).map((c) => c.id)).to.deep.equal([
        'vision',
        'sm-1',
        'c-1',
      ]);
    });

    it('ignores an unknown selected id', () => {
      const l = layoutOverview(p, 'nope');
      expect(l.cells.some((c) => c.selected || c.thread)).to.be.false;
    });

    it('wraps labels in tall cells and cuts them with an ellipsis', () => {
      const vision = byId(layout, 'vision')!;
      expect(vision.label).to.equal('Vision 2030: Eskilstuna – den stolta Fristaden');
      // 140 units wide, 140 tall: several lines, the whole title
      expect(vision.lines.join(' ')).to.equal(vision.label);
      expect(vision.lines.length).to.be.above(1);
      expect(byId(layout, 'sm-1')!.lines).to.deep.equal(['sm-1']);
    });
  });

  describe('wrapLabel', () => {
    // (100 - 30) / 6.6 → 10 characters a line
    it('keeps a label that fits, and cuts one that does not at a word, with "…"', () => {
      expect(wrapLabel('Kort', 200, 12)).to.deep.equal(['Kort']);
      expect(wrapLabel('Fler barn och unga lyckas i skolan', 100, 12)).to.deep.equal(['Fler barn…']);
      // a short last line is filled with the start of the next word
      expect(wrapLabel('Fler fullföljer gymnasiet', 100, 12)).to.deep.equal(['Fler full…']);
    });
    it('wraps at spaces into the lines it may use', () => {
      expect(wrapLabel('Fler barn och unga lyckas i skolan', 100, 12, 5)).to.deep.equal([
        'Fler barn',
        'och unga',
        'lyckas i',
        'skolan',
      ]);
      expect(wrapLabel('Fler barn och unga lyckas i skolan', 100, 12, 2)).to.deep.equal([
        'Fler barn',
        'och unga…',
      ]);
    });
    it('hyphenates a word longer than a line, or cuts it on the last line', () => {
      expect(wrapLabel('Förvaltningsorganisationen', 100, 12)).to.deep.equal(['Förvaltni…']);
      expect(wrapLabel('Förvaltningsorganisationen', 100, 12, 3)).to.deep.equal([
        'Förvaltni-',
        'ngsorgani-',
        'sationen',
      ]);
    });
    it('never splits a code point (å, emoji)', () => {
      const [cut] = wrapLabel('😀😀😀😀😀😀😀😀😀😀😀😀', 100, 12);
      expect(cut!.endsWith('…')).to.be.true;
      expect([...cut!.slice(0, -1)].every((ch) => ch === '😀')).to.be.true;
    });
    it('gives nothing when not two characters fit', () => {
      expect(wrapLabel('Mål', 34, 12)).to.deep.equal([]);
    });
    it('reads only the start of a very long label', () => {
      const lines = wrapLabel(`${'ord '.repeat(5000)}slut`, 100, 12, 2);
      expect(lines).to.deep.equal(['ord ord', 'ord ord…']);
    });
  });

  describe('2,000 nodes', () => {
    const roots = largeTree(2000);
    const p = prepareOverview(roots);

    it('flattens every node', () => {
      expect(countNodes(roots)).to.equal(2000);
      expect(p.total).to.equal(2000);
      expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).to.equal(2000);
    });

    it('stays an overview: few cells, each at least 24 units tall, "more" cells for the rest', () => {
      const layout = layoutOverview(p);
      expect(layout.height).to.equal(960);
      expect(layout.cells.length).to.be.below(200);
      for (const c of layout.cells) expect(c.height, c.id).to.be.at.least(24);
      const more = layout.cells.filter((c) => c.kind === 'more');
      expect(more.length).to.be.above(0);
      // Drawn nodes plus what the "more" cells stand for is the whole tree.
      expect(layout.shown + more.reduce((n, c) => n + c.count, 0)).to.equal(2000);
      expectTiled(layout);
    });

    it('zooms to the selected node: its subtree fills the height, its ancestors stand at the left', () => {
      const goal = roots[0]!.children[3]!;
      const commitment = goal.children[0]!;
      const layout = layoutOverview(p, commitment.id);
      expect(layout.focusId).to.equal(commitment.id);
      expect(layout.focusCount).to.equal(countNodes([commitment]));
      const context = layout.cells.filter((c) => c.context).map((c) => c.id);
      expect(context).to.deep.equal([roots[0]!.id, goal.id, commitment.id]);
      for (const c of layout.cells.filter((x) => x.context))
        expect(c).to.include({ y: 0, height: layout.height });
      expect(byId(layout, commitment.id)!.selected).to.equal('self');
      // Every child of the commitment is drawn, or stood for by one "more" cell.
      const kids = commitment.children.map((k) => k.id);
      const drawn = kids.filter((id) => byId(layout, id));
      const more = layout.cells.find((c) => c.kind === 'more' && c.id === commitment.id);
      expect(drawn.length === kids.length || more !== undefined).to.be.true;
      expectTiled(layout);
    });

    it('a selected leaf zooms to its parent and is drawn or marked inside a "more" cell', () => {
      const leaf = roots[0]!.children[0]!.children[0]!.children[0]!.children[0]!;
      const layout = layoutOverview(p, leaf.id);
      const marked = layout.cells.filter((c) => c.selected);
      expect(marked).to.have.length(1);
      expect(marked[0]!.selected === 'self' ? marked[0]!.id : marked[0]!.kind).to.be.oneOf([leaf.id, 'more']);
    });

    it('selecting the vision zooms back out', () => {
      const layout = layoutOverview(p, roots[0]!.id);
      expect(layout.focusCount).to.equal(2000);
      expect(layout.cells[0]!.selected).to.equal('self');
    });
  });

  describe('bad input', () => {
    it('an empty tree gives an empty picture', () => {
      const layout = layoutOverview(prepareOverview([]), 'x');
      expect(layout.cells).to.deep.equal([]);
      expect(layout.total).to.equal(0);
    });

    it('a node with 500 children draws it and one "more" cell', () => {
      const many = node(
        'many',
        'on-track',
        Array.from({ length: 500 }, (_, k) => node(`k${k}`, 'achieved')),
      );
      const layout = layoutOverview(prepareOverview([many]));
      expect(layout.cells.map((c) => `${c.kind}:${c.id}:${c.count}`)).to.deep.equal([
        'node:many:501',
        'more:many:500',
      ]);
      const selected = layoutOverview(prepareOverview([many]), 'k250');
      expect(selected.cells.find((c) => c.kind === 'more')!.selected).to.equal('within');
    });

    it('a cycle or a shared child is drawn once and does not hang', () => {
      const a = {
        id: 'a',
        label: 'A',
        status: 'on-track',
        children: [] as OverviewNode[],
      } satisfies OverviewNode;
      const b = node('b', 'at-risk', [a]);
      a.children.push(b, b);
      const p = prepareOverview([a]);
      expect(p.total).to.equal(2);
      expect(layoutOverview(p).cells.map((c) => c.id)).to.deep.equal(['a', 'b']);
    });

    it('an unknown status word counts as no data', () => {
      const p = prepareOverview([node('x', 'sort-of' as never)]);
      expect(p.counts['no-data']).to.equal(1);
      expect(layoutOverview(p).cells[0]!.status).to.equal('no-data');
    });

    it('duplicate ids: both drawn, the first is selected', () => {
      const layout = layoutOverview(
        prepareOverview([node('r', 'on-track', [node('d', 'achieved'), node('d', 'off-track')])]),
        'd',
      );
      expect(layout.cells.filter((c) => c.id === 'd')).to.have.length(2);
      expect(layout.cells.filter((c) => c.selected).map((c) => c.status)).to.deep.equal(['achieved']);
    });

    it('a 2,000-character title is cut to the cell', () => {
      const layout = layoutOverview(prepareOverview([node('long', 'on-track', [], 'x'.repeat(2000))]));
      expect(layout.cells[0]!.lines.join('').length).to.be.below(100);
      expect(layout.cells[0]!.label.length).to.equal(2000);
    });

    it('a chain 50 levels deep shows at most 6 columns around the selection', () => {
      let chain = node('n50', 'on-track');
      for (let k = 49; k >= 1; k--) chain = node(`n${k}`, 'on-track', [chain]);
      const p = prepareOverview([chain]);
      expect(p.depth).to.equal(50);
      const top = layoutOverview(p);
      expect(Math.max(...top.cells.map((c) => c.column))).to.be.at.most(5);
      expect(top.cells.map((c) => c.id)).to.deep.equal(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
      const deep = layoutOverview(p, 'n30');
      expect(deep.cells.map((c) => c.id)).to.deep.equal(['n29', 'n30', 'n31', 'n32', 'n33', 'n34']);
      expectTiled(deep);
    });

    it('many roots side by side, without a synthetic cell', () => {
      const layout = layoutOverview(prepareOverview([node('r1', 'achieved'), node('r2', 'off-track')]));
      expect(layout.cells.map((c) => [c.id, c.y, c.height])).to.deep.equal([
        ['r1', 0, 28],
        ['r2', 28, 28],
      ]);
    });
  });
});
