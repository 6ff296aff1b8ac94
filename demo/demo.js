// Controls for the Insyn demo page: the language of <main> (the elements read the nearest
// [lang]) and the colour theme (a class on <html>). A module file, not inline handlers, so the
// page works under a strict Content Security Policy.
const form = document.getElementById('settings');
const main = document.querySelector('main');
const root = document.documentElement;
const STORAGE_KEY = 'insyn-demo-settings';
const LANGS = ['sv', 'en'];
const THEMES = ['auto', 'light', 'dark'];

function readStored() {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {}; // storage blocked or corrupt: fall back to defaults
  }
}

function store(settings) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or blocked storage: the choice lasts for this page view only.
  }
}

const stored = readStored();
const fromUrl = new URLSearchParams(location.search).get('lang');
const settings = {
  lang: LANGS.includes(fromUrl) ? fromUrl : LANGS.includes(stored.lang) ? stored.lang : 'sv',
  theme: THEMES.includes(stored.theme) ? stored.theme : 'auto',
};

function apply() {
  main.setAttribute('lang', settings.lang);
  root.classList.toggle('light', settings.theme === 'light');
  root.classList.toggle('dark', settings.theme === 'dark');
  form.elements.namedItem('lang').value = settings.lang;
  form.elements.namedItem('theme').value = settings.theme;
}

form.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  if (input.name === 'lang' && LANGS.includes(input.value)) settings.lang = input.value;
  if (input.name === 'theme' && THEMES.includes(input.value)) settings.theme = input.value;
  store(settings);
  apply();
});
form.addEventListener('submit', (event) => event.preventDefault());

apply();
form.hidden = false;
