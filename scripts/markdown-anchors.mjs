// Heading anchors as GitHub makes them, shared by the feed reference generator (which links
// into its own headings) and test/node/docs.test.mjs (which checks every #anchor in the docs).

/** The text a heading shows: inline code, emphasis and link syntax removed. */
function headingText(source) {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim();
}

/** GitHub's slug: lower case, punctuation other than - and _ dropped, spaces as hyphens. */
export function githubSlug(heading) {
  return headingText(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * The document's lines with fenced code blocks (and their fences) blanked, so line numbers stay
 * true: headings and links inside code are only text.
 */
export function outsideFences(markdown) {
  let fence = null;
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(```+|~~~+)/.exec(line);
    if (marker) {
      if (fence === null) fence = marker[1][0];
      else if (marker[1][0] === fence) fence = null;
      return '';
    }
    return fence === null ? line : '';
  });
}

/**
 * Every anchor a Markdown document offers: its headings' slugs (repeats get -1, -2, … as on
 * GitHub) and explicit `id`/`name` attributes in inline HTML. Fenced code is skipped.
 */
export function markdownAnchors(markdown) {
  const anchors = new Set();
  const counts = new Map();
  for (const line of outsideFences(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = githubSlug(heading[1]);
      const seen = counts.get(base) ?? 0;
      counts.set(base, seen + 1);
      anchors.add(seen === 0 ? base : `${base}-${seen}`);
    }
    for (const match of line.matchAll(/\s(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  }
  return anchors;
}
