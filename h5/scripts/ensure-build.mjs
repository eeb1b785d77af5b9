#!/usr/bin/env node
// Builds the citizen H5 app into h5/dist when its sources changed since the last build, so that
// `npm start` serves a current /h5/ without a separate step. The build stamps a hash of its inputs.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'h5', 'dist');
const stampFile = path.join(dist, '.source-hash');
const inputs = [
  'miniprogram/src',
  'miniprogram/config',
  'miniprogram/babel.config.js',
  'miniprogram/package.json',
  'h5/src',
];

function* files(p) {
  const st = fs.statSync(p);
  if (st.isFile()) yield p;
  else
    for (const name of fs.readdirSync(p).sort())
      if (!name.endsWith('.test.ts') && !name.endsWith('.test.tsx')) yield* files(path.join(p, name));
}

export function sourceHash() {
  const h = createHash('sha256');
  for (const input of inputs) {
    for (const f of files(path.join(root, input))) {
      h.update(path.relative(root, f));
      h.update(fs.readFileSync(f));
    }
  }
  h.update(process.env.TARO_H5_BASE ?? '');
  return h.digest('hex');
}

const wanted = sourceHash();
const have =
  fs.existsSync(stampFile) && fs.existsSync(path.join(dist, 'index.html'))
    ? fs.readFileSync(stampFile, 'utf8').trim()
    : null;
if (have === wanted && !process.argv.includes('--force')) {
  console.log('h5: build is current (h5/dist)');
  process.exit(0);
}
console.log(
  have ? 'h5: sources changed, rebuilding h5/dist …' : 'h5: no build yet, building h5/dist (about 30 s) …',
);
const started = Date.now();
const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
  cwd: path.join(root, 'miniprogram'),
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, TARO_ENV: 'h5' },
  encoding: 'utf8',
});
if (r.status !== 0 || !fs.existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
  console.error('h5: build failed');
  process.exit(1);
}
fs.writeFileSync(stampFile, `${wanted}\n`);
console.log(`h5: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
