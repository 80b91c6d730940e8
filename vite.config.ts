import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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

// The shipped datasets live in data/ and are served as static files at the base URL
// (data/manifest.json → /manifest.json).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  publicDir: 'data',
  build: {
    outDir: 'dist',
    sourcemap: true,
    // ECharts core with only the modules we register is ~520 kB minified (~175 kB gzip).
    chunkSizeWarningLimit: 600,
    // Libraries change less often than the app: separate chunks keep them cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            // pdf.js and parse5 are for the import view only: keep them out of the first page.
            { name: 'vendor', test: /node_modules[\\/](?!pdfjs-dist|parse5|entities)/ },
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
  },
});
