/**
 * The editors' page, GET /admin: the pages with the lowest share of "Ja" and the latest
 * comments. A bearer token cannot travel in a plain link, so the page is a static shell with no
 * data: its script (GET /admin/admin.js) asks for the token once, keeps it in sessionStorage
 * (gone when the tab closes, never a cookie) and reads the JSON endpoints with it. Everything
 * from the database is put in with textContent, never as HTML, and the page's CSP allows only
 * its own script, style and requests.
 */

/** Strict: no inline script or style, requests only to this service, never framed. */
export const ADMIN_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For the few server-side values in the shell. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function adminHtml(options: { readSideOn: boolean }): string {
  const off = options.readSideOn
    ? ''
    : `<p class="warning">Läsdelen är avstängd: starta tjänsten med INSYN_ADMIN_TOKEN satt.</p>`;
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml('Återkoppling – Insyn')}</title>
    <link rel="stylesheet" href="admin/admin.css" />
    <script type="module" src="admin/admin.js"></script>
  </head>
  <body>
    <main>
      <h1>Hjälpte sidan dig? – svaren</h1>
      ${off}
      <form id="login" hidden>
        <label for="token">Nyckel (INSYN_ADMIN_TOKEN)</label>
        <input id="token" name="token" type="password" autocomplete="off" required />
        <button type="submit">Visa svaren</button>
      </form>
      <p id="status" role="status"></p>
      <section id="data" hidden>
        <p><button type="button" id="export">Ladda ner alla svar (CSV)</button>
          <button type="button" id="logout">Glöm nyckeln</button></p>
        <h2>Sidor med lägst andel ”Ja”</h2>
        <table>
          <thead><tr><th scope="col">Sida</th><th scope="col" class="number">Ja</th><th scope="col" class="number">Nej</th><th scope="col" class="number">Andel ”Ja”</th></tr></thead>
          <tbody id="lowest"></tbody>
        </table>
        <h2>Senaste kommentarerna</h2>
        <ol id="comments"></ol>
      </section>
      <noscript>Sidan behöver JavaScript för att hämta svaren.</noscript>
    </main>
  </body>
</html>
`;
}

export const ADMIN_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #8888; }
li.empty { list-style: none; }
th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; }
#comments li { margin-bottom: 0.75rem; }
.meta { font-size: 0.875rem; opacity: 0.8; }
.warning { border-left: 4px solid #b00; padding-left: 0.5rem; }
blockquote { margin: 0.25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** Plain browser JavaScript, served as it is. */
export const ADMIN_JS = `const KEY = 'insyn-admin-token';
const $ = (id) => document.getElementById(id);
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const when = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function get(path) {
  const response = await fetch(path, {
    headers: { Authorization: 'Bearer ' + sessionStorage.getItem(KEY) },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    throw new Error('Fel nyckel. Försök igen.');
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error || 'Tjänsten svarade ' + response.status + '.');
  }
  return response;
}

function showLogin(message) {
  $('data').hidden = true;
  $('login').hidden = false;
  $('status').textContent = message || '';
}

async function load() {
  if (!sessionStorage.getItem(KEY)) return showLogin('');
  $('status').textContent = 'Hämtar …';
  try {
    const data = await (await get('api/feedback/overview')).json();
    const lowest = $('lowest');
    lowest.replaceChildren();
    for (const row of data.lowest) {
      const tr = el('tr');
      tr.append(el('td', row.page), el('td', String(row.yes), 'number'), el('td', String(row.no), 'number'),
        el('td', percent.format(row.share), 'number'));
      lowest.append(tr);
    }
    if (!data.lowest.length) lowest.append(el('tr')).append(el('td', 'Inga svar ännu.'));
    const comments = $('comments');
    comments.replaceChildren();
    for (const c of data.comments) {
      const li = el('li');
      li.append(el('div', when.format(new Date(c.createdAt)) + ' · ' + c.page + ' · ' + (c.answer === 'yes' ? 'Ja' : 'Nej'), 'meta'),
        el('blockquote', c.comment));
      comments.append(li);
    }
    if (!data.comments.length) comments.append(el('li', 'Inga kommentarer ännu.', 'empty'));
    $('login').hidden = true;
    $('data').hidden = false;
    $('status').textContent = '';
  } catch (error) {
    showLogin(error.message);
  }
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('token').value.trim());
  $('token').value = '';
  void load();
});
$('logout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  showLogin('Nyckeln är glömd.');
});
$('export').addEventListener('click', async () => {
  try {
    const blob = await (await get('api/feedback/export.csv')).blob();
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'aterkoppling-' + new Date().toISOString().slice(0, 10) + '.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (error) {
    $('status').textContent = error.message;
  }
});
void load();
`;
