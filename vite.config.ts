import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The page's Content-Security-Policy: nothing inline runs and nothing remote loads. Styles come
// from 'self' only (React and ECharts set styles through the CSSOM, which CSP allows; the chart
// tooltip uses classes). Applied to the built page only: the dev server injects an inline
// React-refresh preamble and <style> tags for HMR, which this policy rightly refuses.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dashboard:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * ECharts (src/ui/echarts-setup.ts and what it imports) is import()ed by the first chart, so the
 * browser evaluates it in a task of its own after the page's start; listed in index.html as
 * modulepreloads it is still fetched and compiled from the start, as a static import would be.
 */
function preloadECharts(entry = '/src/ui/echarts-setup.ts'): Plugin {
  let base = '/';
  return {
    name: 'dashboard:preload-echarts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const setup = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!setup) throw new Error(`preload-echarts: no chunk for ${entry}`);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name)) return;
          files.add(name);
          for (const dep of byName.get(name)?.imports ?? []) visit(dep);
        };
        visit(setup.fileName);
        return [...files]
          .filter((file) => !html.includes(`${base}${file}"`)) // already the page's own
          .map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          }));
      },
    },
  };
}

// The shipped datasets live in data/ and are served as static files at the base URL
// (data/manifest.json → /manifest.json).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadECharts()],
  publicDir: 'data',
  build: {
    outDir: 'dist',
    sourcemap: true,
    // ECharts core with the overview's charts is ~540 kB minified (~180 kB gzip).
    chunkSizeWarningLimit: 600,
    // The build targets Vite's default (baseline widely available browsers), all of which know
    // rel=modulepreload: its polyfill would only add to the first view.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only what every page loads goes into a named group: React and TanStack Query change
          // less often than the app, so their chunk stays cached across releases. ECharts,
          // zod, PapaParse, pdf.js are left to the graph: a group takes every matching module
          // into one chunk wherever it is used, which would put the lazily loaded views' chart
          // types and the import view's libraries back on the first page.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/,
            },
            // The app's modules that the first page and the lazily loaded views share: left to
            // the graph they were eight chunks of 0.2–4 kB, each a request of its own and each
            // with its own imports and exports (1.8 kB gzip in all). All are on the first page.
            {
              name: 'shared',
              test: /src[\\/](domain[\\/](collate|scope|findings|cells|fields|template|indicators|rules[\\/]other-handling)|state[\\/]lang|ui[\\/](labels|chart-tooltips))\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  // The import view's worker is a module worker (new Worker(url, { type: 'module' })): built as
  // an ES module so it may split (the page's CSP allows workers from 'self').
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // DOM tests wait for lazily imported modules; see tests/setup.ts.
    testTimeout: 20_000,
    // Every core (Vitest leaves one free by default): on a two-core CI machine that is two
    // workers instead of one, 86 s instead of about 100.
    maxWorkers: '100%',
  },
});
