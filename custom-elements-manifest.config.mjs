// Config for `cem analyze` (npm run analyze). The analyzer lists modules in the order it
// happens to finish reading them, which differs from run to run; sorting them by path keeps
// custom-elements.json the same for the same code, so a build leaves no diff behind.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default {
  plugins: [
    {
      name: 'insyn-stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // VS Code and JetBrains editor data from the sorted manifest. Plugins run synchronously
      // and prettier formats asynchronously, so the script runs as a child with the manifest on stdin.
      name: 'insyn-editor-data',
      packageLinkPhase({ customElementsManifest }) {
        execFileSync(process.execPath, ['scripts/editor-data.mjs', '--stdin'], {
          cwd: root,
          input: JSON.stringify(customElementsManifest),
          stdio: ['pipe', 'inherit', 'inherit'],
        });
      },
    },
  ],
};
