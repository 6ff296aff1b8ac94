// Config for `cem analyze` (npm run analyze). The analyzer lists modules in the order it
// happens to finish reading them, which differs from run to run; sorting them by path keeps
// custom-elements.json the same for the same code, so a build leaves no diff behind.
export default {
  plugins: [
    {
      name: 'insyn-stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
