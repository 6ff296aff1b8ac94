/**
 * The fallback of <goal-tree>: the goals as nested lists, each with its level and status in
 * words, as the element would show them fully expanded. Same `root` and `levels` as the element.
 */
import type { Feed } from '../feed/generated/feed-types.js';
import { buildGoalTree, parseLevels, type GoalNode } from '../goal-tree/model.js';
import { fill } from '../core/texts.js';
import { FallbackError } from './error.js';
import { h, type HtmlElement, type HtmlNode } from './html.js';
import { exampleNotice, type ResolvedOptions } from './options.js';
import { safeUrl } from './escape.js';
import { FALLBACK_TEXTS, levelWord, statusWord } from './texts.js';

function item(node: GoalNode, options: ResolvedOptions): HtmlElement {
  const { lang } = options;
  const href = safeUrl(node.goal.url);
  return h(
    'li',
    {},
    `${levelWord(node.level, lang)}: `,
    href ? h('a', { href }, node.title) : h('strong', {}, node.title),
    ` – ${fill(FALLBACK_TEXTS[lang].goalStatus, { status: statusWord(node.status, lang) })}`,
    node.children.length > 0 ? list(node.children, options) : null,
  );
}

function list(nodes: readonly GoalNode[], options: ResolvedOptions): HtmlElement {
  return h(
    'ul',
    {},
    nodes.map((node) => item(node, options)),
  );
}

export function goalTreeFallback(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  if (!feed.goals?.length) throw new FallbackError('noGoals', lang);
  const tree = buildGoalTree(feed, { lang, root: options.root, levels: parseLevels(options.levels) });
  if (tree.problems.some((problem) => problem.kind === 'root-not-found'))
    throw new FallbackError('unknownRoot', lang, { id: options.root ?? '' });
  if (tree.roots.length === 0) throw new FallbackError('noGoals', lang);
  return [exampleNotice(feed, lang), list(tree.roots, options)].filter((node) => node !== null);
}
