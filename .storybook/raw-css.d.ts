// Vite's `?raw` imports: a file's text as a string (the preview reads the theme files this way).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
