import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The shipped datasets live in data/ and are served as static files under /data/.
export default defineConfig({
  plugins: [react()],
  publicDir: 'data',
  build: { outDir: 'dist', sourcemap: true },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
  },
});
