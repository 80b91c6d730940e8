// npm run generate:demo — regenerates data/demo/<year>.json|csv from the seeded generator in
// scripts/demo/ (byte-identical on every run). Stages: generate → write files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEMO_SEED, generateDemo } from './demo/generate';

export { DEMO_SEED, generateDemo, generateDemoReports } from './demo/generate';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');

function main(): void {
  const files = generateDemo(DEMO_SEED);
  for (const [path, text] of files) {
    const target = join(DATA_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, 'utf8');
    console.log(`写入 wrote data/${path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
