#!/usr/bin/env node
// Module doors: code outside a module may import only its door, `modules/<name>/index.ts`
// (imported as `…/modules/<name>`), never a file inside it; and no two modules may depend on each
// other in a cycle (folder level). Prints every violation and exits non-zero on any.
//
//   node scripts/check-module-doors.mjs           check
//   node scripts/check-module-doors.mjs --report  also print the module dependency graph
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'marketing-server', 'src');
const modulesDir = path.join(src, 'modules');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** The module a file belongs to (null outside modules/). */
function moduleOf(file) {
  const rel = path.relative(modulesDir, file);
  if (rel.startsWith('..')) return null;
  return rel.split(path.sep)[0];
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const violations = [];
const edges = new Map();
for (const file of walk(src)) {
  const text = fs.readFileSync(file, 'utf8');
  // modules/index.ts (the module list) and modules.test.ts sit beside the modules, in none of them.
  const from = path.dirname(file) === modulesDir ? null : moduleOf(file);
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec);
    // A module that imported the module list would import every module, itself included.
    if (from && (target === modulesDir || target === path.join(modulesDir, 'index'))) {
      violations.push(`${path.relative(root, file)} → modules/index.ts (the module list)`);
      continue;
    }
    const to = moduleOf(target);
    if (!to || to === from) continue;
    const inside = path.relative(path.join(modulesDir, to), target);
    const isDoor = inside === '' || inside === 'index' || inside === 'index.ts';
    // Tests may reach a module's internals of their own module only; other modules' tests use doors too.
    if (!isDoor) violations.push(`${path.relative(root, file)} → modules/${to}/${inside}`);
    if (from) {
      if (!edges.has(from)) edges.set(from, new Set());
      if (!file.endsWith('.test.ts')) edges.get(from).add(to);
    }
  }
}

// Folder-level cycles among modules (tests excluded).
const cycles = [];
const state = new Map();
const stack = [];
function visit(n) {
  state.set(n, 'open');
  stack.push(n);
  for (const m of edges.get(n) ?? []) {
    if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m].join(' → '));
    else if (!state.has(m)) visit(m);
  }
  stack.pop();
  state.set(n, 'done');
}
for (const n of edges.keys()) if (!state.has(n)) visit(n);

if (process.argv.includes('--report'))
  for (const [n, ms] of [...edges].sort()) console.log(`${n} → ${[...ms].sort().join(', ')}`);
for (const v of violations) console.error(`internal import: ${v}`);
for (const c of cycles) console.error(`module cycle: ${c}`);
console.log(
  JSON.stringify({ internal_imports: violations.length, module_cycles: cycles.length, modules: edges.size }),
);
process.exitCode = violations.length || cycles.length ? 1 : 0;
