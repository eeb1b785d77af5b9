#!/usr/bin/env node
// Checks the built mini-program (dist/weapp) the way WeChat's uploader would refuse it: every page in
// app.json exists with its .js/.json/.wxml/.wxss, referenced components and wxml imports resolve, all
// JS parses, WeChat's own WXML/WXSS compilers accept the markup, and the packages fit the size budget.
// Prints one JSON line of sizes; exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist', 'weapp'));
const MAIN_BUDGET = 1024 * 1024; // ours; WeChat refuses a main package over 2 MiB
const WECHAT_LIMIT = 2 * 1024 * 1024;
const problems = [];
const fail = (msg) => problems.push(msg);
const exists = (rel) => fs.existsSync(path.join(dist, rel));

if (!exists('app.json')) {
  console.error(`no mini-program build at ${dist} (run npm run build:weapp)`);
  process.exit(1);
}
const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
const pages = [
  ...app.pages.map((p) => ({ page: p, pkg: 'main' })),
  ...(app.subPackages ?? []).flatMap((s) =>
    s.pages.map((p) => ({ page: `${s.root.replace(/\/$/, '')}/${p}`, pkg: s.root })),
  ),
];

for (const { page } of pages) {
  for (const ext of ['js', 'json', 'wxml', 'wxss'])
    if (!exists(`${page}.${ext}`)) fail(`page ${page} has no .${ext}`);
  if (!exists(`${page}.json`)) continue;
  const json = JSON.parse(fs.readFileSync(path.join(dist, `${page}.json`), 'utf8'));
  for (const [name, target] of Object.entries(json.usingComponents ?? {})) {
    const abs = target.startsWith('/') ? target.slice(1) : path.join(path.dirname(page), target);
    if (!exists(`${abs}.js`) && !exists(`${abs}/index.js`))
      fail(`page ${page}: component ${name} → ${target} missing`);
  }
}
for (const s of app.subPackages ?? []) if (!s.pages?.length) fail(`sub-package ${s.root} has no pages`);
for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
  if (!pages.some((p) => p.page === page)) fail(`preloadRule for unknown page ${page}`);
  for (const pkg of rule.packages ?? [])
    if (!subRoots.includes(pkg.replace(/\/$/, ''))) fail(`preloadRule names unknown package ${pkg}`);
}

const all = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (fs.statSync(abs).isDirectory()) walk(abs);
    else all.push(path.relative(dist, abs));
  }
})(dist);

for (const rel of all.filter((f) => f.endsWith('.js'))) {
  try {
    new vm.Script(fs.readFileSync(path.join(dist, rel), 'utf8'), { filename: rel });
  } catch (err) {
    fail(`${rel} does not parse: ${err.message}`);
  }
}
for (const rel of all.filter((f) => f.endsWith('.wxml'))) {
  const src = fs.readFileSync(path.join(dist, rel), 'utf8');
  for (const m of src.matchAll(/<(?:import|include|wxs)\s[^>]*src="([^"]+)"/g)) {
    const target = m[1].startsWith('/') ? m[1].slice(1) : path.join(path.dirname(rel), m[1]);
    if (!exists(target)) fail(`${rel} refers to missing ${m[1]}`);
  }
}

// WeChat's own compilers (the wcc/wcsc binaries shipped in miniprogram-compiler) must accept the markup.
try {
  const { wxmlToJs, wxssToJs } = require('miniprogram-compiler');
  wxmlToJs(dist);
  if (typeof wxssToJs === 'function') wxssToJs(dist);
} catch (err) {
  fail(`WeChat's WXML/WXSS compiler refused the build: ${String(err.message ?? err).slice(0, 500)}`);
}

const inPkg = (f, root) => f === root || f.startsWith(`${root}/`);
const sizeOf = (files) => files.reduce((n, f) => n + fs.statSync(path.join(dist, f)).size, 0);
const shipped = all.filter((f) => !f.endsWith('.LICENSE.txt') && !f.endsWith('.map'));
const mainFiles = shipped.filter((f) => !subRoots.some((r) => inPkg(f, r)));
const sizes = {
  main_bytes: sizeOf(mainFiles),
  total_bytes: sizeOf(shipped),
  packages: Object.fromEntries(subRoots.map((r) => [r, sizeOf(shipped.filter((f) => inPkg(f, r)))])),
  pages: pages.length,
};
if (sizes.main_bytes > MAIN_BUDGET) fail(`main package ${sizes.main_bytes} B is over our 1 MiB budget`);
for (const [r, n] of Object.entries(sizes.packages))
  if (n > WECHAT_LIMIT) fail(`sub-package ${r} is over 2 MiB`);

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(
  `weapp: ${pages.length} pages ok; main package ${(sizes.main_bytes / 1024).toFixed(1)} KiB, total ${(sizes.total_bytes / 1024).toFixed(1)} KiB`,
);
console.log(JSON.stringify(sizes));
