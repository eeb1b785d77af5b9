#!/usr/bin/env node
// Builds the front ends the server serves (the citizen H5 app at /h5/, the admin panel at /admin/)
// when their sources changed since the last build, so `npm start` serves current ones without a
// separate step. Each build stamps a hash of its inputs into its dist folder.
//   node scripts/ensure-web-builds.mjs [h5|admin ...] [--force]
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const APPS = {
  h5: {
    title: 'citizen H5 app',
    dist: 'h5/dist',
    inputs: [
      'miniprogram/src',
      'miniprogram/config',
      'miniprogram/babel.config.js',
      'miniprogram/package.json',
      'h5/src',
    ],
    cwd: 'miniprogram',
    command: ['npx', 'taro', 'build', '--type', 'h5'],
    env: { TARO_ENV: 'h5' },
  },
  admin: {
    title: 'admin panel',
    dist: 'admin/dist',
    inputs: ['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'admin/package.json'],
    cwd: 'admin',
    command: ['npx', 'vite', 'build', '--logLevel', 'warn'],
    env: {},
  },
};

function* files(p) {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isFile()) yield p;
  else
    for (const name of fs.readdirSync(p).sort())
      if (!/\.test\.tsx?$/.test(name)) yield* files(path.join(p, name));
}

function sourceHash(app) {
  const h = createHash('sha256');
  for (const input of app.inputs) {
    for (const f of files(path.join(root, input))) {
      h.update(path.relative(root, f));
      h.update(fs.readFileSync(f));
    }
  }
  return h.digest('hex');
}

// The server sends a file's .br or .gz sibling to a browser that accepts it (koa-send), so every text
// asset of a build is compressed once here: on a phone's slow network the H5 entry is about a third of
// its size. index.html is left alone (small, and its inline scripts' hashes feed the CSP).
const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/;

function precompress(dist) {
  let written = 0;
  for (const f of files(dist)) {
    if (!COMPRESSIBLE.test(f) || fs.statSync(f).size < 1024) continue;
    const mtime = fs.statSync(f).mtimeMs;
    const data = fs.readFileSync(f);
    for (const [ext, make] of [
      ['.br', () => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })],
      ['.gz', () => zlib.gzipSync(data, { level: 9 })],
    ]) {
      const out = f + ext;
      if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= mtime) continue;
      const tmp = `${out}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, make());
      fs.renameSync(tmp, out); // atomic: a server reading it never sees half a file
      written++;
    }
  }
  return written;
}

function ensure(name, force) {
  const app = APPS[name];
  const dist = path.join(root, app.dist);
  const stampFile = path.join(dist, '.source-hash');
  const wanted = sourceHash(app);
  const have =
    fs.existsSync(stampFile) && fs.existsSync(path.join(dist, 'index.html'))
      ? fs.readFileSync(stampFile, 'utf8').trim()
      : null;
  if (have === wanted && !force) {
    const n = precompress(dist); // a build made before precompression existed
    console.log(`${name}: ${app.title} build is current (${app.dist})${n ? `, ${n} files compressed` : ''}`);
    return;
  }
  console.log(
    `${name}: ${have ? 'sources changed, rebuilding' : 'building'} the ${app.title} into ${app.dist} …`,
  );
  const started = Date.now();
  const r = spawnSync(app.command[0], app.command.slice(1), {
    cwd: path.join(root, app.cwd),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...app.env },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !fs.existsSync(path.join(dist, 'index.html'))) {
    process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
    console.error(`${name}: build failed`);
    process.exit(1);
  }
  const compressed = precompress(dist);
  fs.writeFileSync(stampFile, `${wanted}\n`);
  console.log(
    `${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s (${compressed} brotli/gzip files)`,
  );
}

const force = process.argv.includes('--force');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of wanted.length ? wanted : Object.keys(APPS)) {
  if (!APPS[name]) {
    console.error(`unknown app ${name} (known: ${Object.keys(APPS).join(', ')})`);
    process.exit(2);
  }
  ensure(name, force);
}
