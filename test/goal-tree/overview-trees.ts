/**
 * Trees for the overview tests: a small one shaped like the demo feed's red thread, and a
 * deterministic large one (seeded PRNG, no Math.random).
 */
import type { OverviewNode, Status } from '../../src/goal-tree/overview-layout.js';

type Mutable = { id: string; label: string; status: Status; children: Mutable[] };

export function node(id: string, status: Status, children: OverviewNode[] = [], label = id): OverviewNode {
  return { id, label, status, children };
}

/** vision → 2 goals → 3 commitments → 4 activities: 10 nodes, 5 leaves, 4 levels. */
export function smallTree(): OverviewNode[] {
  return [
    node(
      'vision',
      'on-track',
      [
        node('sm-1', 'at-risk', [
          node('c-1', 'achieved', [node('a-1', 'achieved'), node('a-2', 'off-track')]),
          node('c-2', 'on-track'),
        ]),
        node('sm-2', 'not-started', [
          node('c-3', 'no-data', [node('a-3', 'on-track'), node('a-4', 'on-track')]),
        ]),
      ],
      'Vision 2030: Eskilstuna – den stolta Fristaden',
    ),
  ];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data'];

/**
 * Exactly `total` nodes: one vision, 8 goals, 40 commitments, then unit commitments and
 * activities spread at random (seeded) under them.
 */
export function largeTree(total = 2000, seed = 7): OverviewNode[] {
  const random = mulberry32(seed);
  let made = 0;
  const make = (prefix: string): Mutable => {
    made++;
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    return { id: `${prefix}-${made}`, label: `${prefix} nummer ${made}`, status, children: [] };
  };
  const vision = make('vision');
  const goals = Array.from({ length: 8 }, () => make('mal'));
  vision.children.push(...goals);
  const commitments = Array.from({ length: 40 }, (_, k) => {
    const c = make('atagande');
    goals[k % goals.length]!.children.push(c);
    return c;
  });
  const unitCommitments: Mutable[] = [];
  while (made < total / 4) {
    const u = make('enhet');
    commitments[Math.floor(random() * commitments.length)]!.children.push(u);
    unitCommitments.push(u);
  }
  while (made < total) {
    unitCommitments[Math.floor(random() * unitCommitments.length)]!.children.push(make('aktivitet'));
  }
  return [vision];
}

export function countNodes(roots: readonly OverviewNode[]): number {
  let n = 0;
  const stack = [...roots];
  while (stack.length) {
    const x = stack.pop()!;
    n++;
    stack.push(...x.children);
  }
  return n;
}
