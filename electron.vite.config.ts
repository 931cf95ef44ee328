import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { pathAliases } from './path-aliases';

// Scripts only: a library's stylesheet is imported once by main.tsx, and a group matching it would make the first
// screen wait for that whole group's chunk.
function scripts(packages: RegExp) {
  return (id: string) => !id.endsWith('.css') && packages.test(id);
}

// Mantine has no group: one chunk of every component the app uses anywhere made the first screen read all of them
// (sign-in forms, Spotlight, date pickers); left to the splitter, each page brings the components it draws.
const vendorChunks = [
  { name: 'vendor-charts', test: scripts(/node_modules[\\/](@mantine[\\/]charts|recharts|d3-|victory-vendor|decimal\.js-light)/) },
  { name: 'vendor-datatable', test: scripts(/node_modules[\\/]mantine-datatable/) },
  { name: 'vendor-react', test: scripts(/node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/) },
];

/**
 * renderer/src/boot.ts is an entry of its own, and index.html runs it before the app: a few kilobytes that send the
 * opening screen's calls while the browser is still evaluating the app's code (see boot.ts).
 */
function bootFirst(): Plugin {
  return {
    name: 'rapport-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === 'boot');
        if (!boot) throw new Error('renderer/src/boot.ts was not built as an entry');
        const firstScript = html.indexOf('<script type="module"');
        if (firstScript < 0) throw new Error('index.html has no module script to run boot.ts before');
        // Module scripts run in document order: before the app's own, after the Content-Security-Policy meta.
        return `${html.slice(0, firstScript)}<script type="module" crossorigin src="./${boot.fileName}"></script>\n    ${html.slice(firstScript)}`;
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or other files: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), bootFirst()],
    resolve: { alias: pathAliases },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; browser mode serves it over the office network, so minify.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html'), boot: resolve(__dirname, 'renderer/src/boot.ts') },
        // Libraries in their own chunks: cached across releases of our code, and the charts (recharts, d3) load only
        // with the pages that draw them.
        output: { strictExecutionOrder: true, codeSplitting: { includeDependenciesRecursively: false, groups: vendorChunks } },
      },
    },
  },
});
