/**
 * Words the layout split over two lines: a word broken mid-word ("koldioxidekvi|valenter"), which
 * a reader on a phone should never see. A word is a match of `pattern` in a text node under
 * `root` (shadow roots of elements inside it are not entered); it is split when its boxes sit on
 * more than one line.
 */
export const LETTER_RUNS = /[\p{L}\p{N}]+/gu;

export function wordsSplitOverLines(root: Node, pattern: RegExp = LETTER_RUNS): string[] {
  const split: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(pattern)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}
