// Throwaway check for demo/feed.json (delete when done).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('./src/feed/feed.schema.json', import.meta.url), 'utf8'));
const text = readFileSync(new URL('./demo/feed.json', import.meta.url), 'utf8');
const feed = JSON.parse(text);
const ajv = new Ajv2020({ allErrors: true, strictNumbers: true });
const validate = ajv.compile(schema);
const problems = [];
if (!validate(feed)) for (const e of validate.errors) problems.push(`schema ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);

const bad = (m) => problems.push(m);
const uniq = (list, where) => {
  const seen = new Set();
  for (const x of list ?? []) { if (seen.has(x.id)) bad(`duplicate id ${x.id} in ${where}`); seen.add(x.id); }
  return seen;
};
const units = uniq(feed.organization.units, 'units');
const goals = uniq(feed.goals, 'goals');
const inds = uniq(feed.indicators, 'indicators');
uniq(feed.contacts, 'contacts');
const parse = (p) => {
  const m = /^(\d{4})(?:-(?:T([1-3])|H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(p);
  if (!m) return null;
  const y = +m[1]; let len = 12, idx = 1;
  if (m[2]) [len, idx] = [4, +m[2]]; else if (m[3]) [len, idx] = [6, +m[3]]; else if (m[4]) [len, idx] = [3, +m[4]]; else if (m[5]) [len, idx] = [1, +m[5]];
  const s = y * 12 + (idx - 1) * len; return { s, e: s + len - 1 };
};
const realDate = (d, where) => { const [y, m, dd] = d.split('-').map(Number); const x = new Date(Date.UTC(y, m - 1, dd)); if (x.getUTCMonth() !== m - 1 || x.getUTCDate() !== dd) bad(`bad date ${d} ${where}`); };
const noCycles = (items, where) => {
  const parent = new Map(items.map((i) => [i.id, i.parent]));
  for (const i of items) { const seen = new Set(); let c = i.id; while (c !== undefined) { if (seen.has(c)) { bad(`cycle at ${i.id} in ${where}`); break; } seen.add(c); c = parent.get(c); } }
};
// units
for (const u of feed.organization.units) if (u.parent && !units.has(u.parent)) bad(`unit ${u.id} parent ${u.parent}`);
noCycles(feed.organization.units, 'units');
const unitType = new Map(feed.organization.units.map((u) => [u.id, u.type]));
// goals
for (const g of feed.goals) {
  if (g.parent && !goals.has(g.parent)) bad(`goal ${g.id} parent ${g.parent}`);
  if (g.owner && !units.has(g.owner)) bad(`goal ${g.id} owner ${g.owner}`);
  for (const i of g.indicators ?? []) if (!inds.has(i)) bad(`goal ${g.id} indicator ${i}`);
  if (g.period && typeof g.period === 'object' && parse(g.period.from).s > parse(g.period.to).e) bad(`goal ${g.id} period order`);
  if (g.verdict?.date) realDate(g.verdict.date, g.id);
  if (g.level === 'commitment' && !['committee', 'company'].includes(unitType.get(g.owner))) bad(`commitment ${g.id} owner type ${unitType.get(g.owner)}`);
  if (g.level === 'unit-commitment' && unitType.get(g.owner) !== 'unit') bad(`unit-commitment ${g.id} owner type`);
  if (g.level !== 'vision' && !g.parent) bad(`goal ${g.id} has no parent`);
}
noCycles(feed.goals, 'goals');
// indicators
const usedInd = new Set(feed.goals.flatMap((g) => g.indicators ?? []));
for (const ind of feed.indicators) {
  if (ind.owner && !units.has(ind.owner)) bad(`indicator ${ind.id} owner ${ind.owner}`);
  const ps = new Set();
  for (const v of ind.values) { if (ps.has(v.period)) bad(`indicator ${ind.id} dup period ${v.period}`); ps.add(v.period); }
  if (ind.baseline && !ind.values.some((v) => v.period === ind.baseline && v.value !== null)) bad(`indicator ${ind.id} baseline without value`);
  const ts = new Set();
  for (const tg of ind.targets ?? []) {
    if (ts.has(tg.period)) bad(`indicator ${ind.id} dup target ${tg.period}`); ts.add(tg.period);
    if (tg.value === undefined && tg.min === undefined && tg.max === undefined) bad(`indicator ${ind.id} empty target`);
    if (tg.min !== undefined && tg.max !== undefined && tg.min > tg.max) bad(`indicator ${ind.id} min>max`);
  }
  (ind.ranges ?? []).forEach((r, i, a) => { if (i && r.to <= a[i - 1].to) bad(`indicator ${ind.id} ranges order`); });
  uniq(ind.comparisons, `${ind.id} comparisons`);
  for (const c of ind.comparisons ?? []) { const s = new Set(); for (const v of c.values) { if (s.has(v.period)) bad(`dup ${ind.id}/${c.id} ${v.period}`); s.add(v.period); } }
  const years = new Set(ind.values.map((v) => v.period).filter((p) => /^\d{4}$/.test(p)));
  if (years.size < 6) bad(`indicator ${ind.id} has only ${years.size} years`);
  if (!usedInd.has(ind.id)) console.log(`note: indicator ${ind.id} not linked from a goal`);
}
// budget
const yk = new Set();
for (const y of feed.budget.years) {
  const key = `${y.year} ${y.kind}`; if (yk.has(key)) bad(`dup budget year ${key}`); yk.add(key);
  const ids = new Set();
  const walk = (items, where) => {
    let total = 0;
    for (const it of items ?? []) {
      if (ids.has(it.id)) bad(`dup budget id ${it.id} in ${y.year}`); ids.add(it.id);
      if (!it.description) bad(`budget ${y.year} ${it.id} no description`);
      for (const gid of it.goals ?? []) if (!goals.has(gid)) bad(`budget ${it.id} goal ${gid}`);
      for (const iid of it.indicators ?? []) if (!inds.has(iid)) bad(`budget ${it.id} indicator ${iid}`);
      if (it.children?.length) {
        const s = walk(it.children, where);
        if (it.amount !== undefined && Math.abs(it.amount - s) > 0.5) bad(`budget ${y.year} ${it.id} amount ${it.amount} != ${s}`);
        total += it.amount ?? s;
      } else if (it.amount === undefined) bad(`budget ${y.year} ${it.id} leaf without amount`);
      else total += it.amount;
    }
    return total;
  };
  const rev = walk(y.revenue), cost = walk(y.costs), inv = walk(y.investments);
  if (y.result !== undefined && Math.abs(rev - cost - y.result) > 0.5) bad(`budget ${y.year} result ${y.result} != ${rev - cost}`);
  console.log(`budget ${y.year} ${y.kind}: revenue ${rev}, costs ${cost}, result ${y.result}, investments ${inv}`);
}
uniq(feed.budget.chapters, 'chapters');
// contacts
for (const c of feed.contacts) {
  const offices = uniq(c.offices, `${c.id} offices`);
  const schedules = uniq(c.schedules, `${c.id} schedules`);
  uniq(c.channels, `${c.id} channels`); uniq(c.people, `${c.id} people`);
  for (const s of c.schedules ?? []) {
    if (s.office && !offices.has(s.office)) bad(`schedule ${s.id} office ${s.office}`);
    for (const d of s.bridgeDays ?? []) realDate(d, s.id);
    const ds = new Set();
    for (const e of s.exceptions ?? []) { realDate(e.date, s.id); if (ds.has(e.date)) bad(`dup exception ${e.date}`); ds.add(e.date); }
    const hours = [...s.weekly.map((w) => w.hours), ...(s.rules ?? []).map((r) => r.hours), ...(s.exceptions ?? []).map((e) => e.hours)];
    for (const h of hours) for (const iv of h) if (iv.open === iv.close || iv.open === '24:00') bad(`schedule ${s.id} bad interval`);
    try { new Intl.DateTimeFormat('en', { timeZone: s.timeZone }); } catch { bad(`tz ${s.timeZone}`); }
  }
  for (const ch of c.channels ?? []) if (ch.schedule && !schedules.has(ch.schedule)) bad(`channel ${ch.id} schedule ${ch.schedule}`);
  for (const p of c.people ?? []) if (p.unit && !units.has(p.unit)) bad(`person ${p.id} unit ${p.unit}`);
}
// Text fields that residents read should be {sv, en} maps (names/addresses excepted).
const PLAIN_OK = /\/(name|street|city|value|href|label)$|\/units\/\d+\/name$|\/comparisons\/\d+\/label$/;
const TEXT_KEYS = new Set(['title', 'description', 'name', 'summary', 'note', 'text', 'label', 'role', 'unitLabel', 'question', 'thanks', 'handling']);
const walkText = (node, path) => {
  if (Array.isArray(node)) return node.forEach((n, i) => walkText(n, `${path}/${i}`));
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const p = `${path}/${k}`;
      if (TEXT_KEYS.has(k) && typeof v === 'string' && !PLAIN_OK.test(p)) console.log(`note: plain string at ${p}: ${v}`);
      if (TEXT_KEYS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
        const keys = Object.keys(v).join(',');
        if (keys !== 'sv,en') bad(`text at ${p} has keys ${keys}`);
        for (const s of Object.values(v)) if (/[\u200b-\u200f\u2028\u2029\ufeff]/.test(s) || s !== s.trim() || !s) bad(`text at ${p} odd whitespace/empty`);
      } else walkText(v, p);
    }
  }
};
walkText(feed, '');
if (/[\u200b-\u200f\ufeff]/.test(text)) bad('invisible character in file');
if (text !== JSON.stringify(feed, null, 2) + '\n') bad('not 2-space pretty-printed');

// The project's own validator (in progress elsewhere in the tree), if it bundles.
try {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [new URL('./src/feed/validate.ts', import.meta.url).pathname], bundle: true, format: 'esm', write: false, platform: 'node', logLevel: 'silent' });
  const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
  const res = mod.validateFeed(feed);
  console.log('project validateFeed:', JSON.stringify(res).slice(0, 600));
} catch (e) { console.log('project validator not usable now:', e.message.split('\n')[0]); }

console.log(`size ${text.length} bytes; goals ${feed.goals.length}; indicators ${feed.indicators.length}; units ${feed.organization.units.length}`);
if (problems.length) { console.log(problems.join('\n')); process.exitCode = 1; } else console.log('OK: no problems');
