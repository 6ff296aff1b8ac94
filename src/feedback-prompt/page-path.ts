/**
 * The page an answer is about, as it is sent: the path only, never the query string or the
 * fragment (they carry search words, tracking ids and sometimes personal data), without a
 * Java session id (`;jsessionid=…`, common in CMS URLs), percent-decoded so editors can read
 * it, and with e-mail addresses and Swedish identity numbers replaced by placeholders. Pure.
 */
import { MAX_PAGE_LENGTH } from './contract.js';
import { maskPersonalData } from './masking.js';

/** Longest path sent (code points); the service refuses longer fields. */
export const MAX_PATH_LENGTH = MAX_PAGE_LENGTH;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" is kept as it is
  }
}

/**
 * The path to send for a page: `location.href`, a path, or a CMS page id (the `page`
 * attribute). An absolute URL gives its path; '' gives '/'.
 *
 *   pagePath('https://kommun.se/a/b?q=anna@x.se#top') → '/a/b'
 *   pagePath('/personer/19811218-9876/')              → '/personer/[personnummer]/'
 */
export function pagePath(input: string): string {
  let path = input.trim();
  const scheme = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  path = path.replace(/[?#][\s\S]*$/, '').replace(/;jsessionid=[^/]*/gi, '');
  path = path.split('/').map(decode).join('/');
  path = maskPersonalData(path, { phone: false }).text;
  if (scheme && !path.startsWith('/')) path = `/${path}`;
  // By code points, as the service counts: cutting a UTF-16 pair in half would leave a lone
  // surrogate, which the service refuses.
  const points = Array.from(path);
  return (points.length > MAX_PATH_LENGTH ? points.slice(0, MAX_PATH_LENGTH).join('') : path) || '/';
}
