/** Stylesheets imported by benchmarks come as text (bench/run.mjs bundles `.css` with esbuild's text loader). */
declare module '*.css' {
  const text: string;
  export default text;
}
