#!/usr/bin/env node
// Runs the built mini-program's own JS (dist/weapp) in Node with a stand-in for the WeChat runtime:
// App/Page/Component, a `wx` whose request/login/navigation calls are recorded and answered, and
// setData applied to each page's data. It then drives the pages: home lists campaigns from the API,
// a tap on a card navigates to its detail page, and the login page signs in with Taro.login's code.
// This checks the compiled page logic, not WeChat's renderer (that needs DevTools).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist', 'weapp'));

const campaigns = {
  items: [
    {
      id: 'cmp_sim_1',
      kind: 'coupon',
      name: '满 80 减 20 商超券',
      description: '模拟器里的券',
      status: 'running',
      face_fen: 2000,
      red_packet: null,
      per_user: { count: 1, period: 'lifetime' },
      coupon: { type: 'threshold', threshold_fen: 8000, discount_fen: 2000, merchant_ids: [], merchants: [] },
      claim_start_at: '2026-12-01T08:00:00+08:00',
      claim_end_at: '2099-12-08T08:00:00+08:00',
      starts_in_s: 0,
      remaining: 7,
      stock_total: 10,
    },
  ],
};

const requests = [];
const navigations = [];
const storage = new Map();
const pageDefs = new Map();
let appDef = null;
let currentRoute = null;

const respond = (opts, statusCode, data) =>
  setTimeout(() => {
    const res = { statusCode, data, header: {}, errMsg: 'request:ok' };
    opts.success?.(res);
    opts.complete?.(res);
  }, 5);

const wxApi = {
  request(opts) {
    requests.push({ url: opts.url, method: opts.method ?? 'GET', header: opts.header, data: opts.data });
    const url = new URL(opts.url);
    if (url.pathname === '/api/v1/campaigns') respond(opts, 200, campaigns);
    else if (url.pathname === '/api/v1/auth/wechat')
      respond(opts, 200, {
        token: 'sim-token',
        expires_at: '2099-01-01T00:00:00+08:00',
        user: { id: 'usr_sim', phone: null, wechat_bound: true, verified: false },
      });
    else respond(opts, 404, { code: 'ROUTE_NOT_FOUND', message: 'not here' });
    return { abort() {} };
  },
  login(opts) {
    setTimeout(() => opts.success?.({ code: 'sim-login-code', errMsg: 'login:ok' }), 1);
  },
  getStorageSync: (k) => (storage.has(k) ? storage.get(k) : ''),
  setStorageSync: (k, v) => void storage.set(k, v),
  removeStorageSync: (k) => void storage.delete(k),
  getSystemInfoSync: () => ({
    platform: 'devtools',
    windowWidth: 375,
    windowHeight: 667,
    pixelRatio: 2,
    SDKVersion: '3.4.0',
  }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getDeviceInfo: () => ({ platform: 'devtools' }),
  getAppBaseInfo: () => ({ SDKVersion: '3.4.0' }),
  canIUse: () => true,
};
const toasts = [];
// Taro wraps only the APIs it finds on wx (Object.keys), so the ones the app calls must be real properties.
for (const api of [
  'showModal',
  'hideToast',
  'showLoading',
  'hideLoading',
  'stopPullDownRefresh',
  'setScreenBrightness',
  'navigateBack',
  'getNetworkType',
]) {
  wxApi[api] = (opts) => setTimeout(() => opts?.success?.({ errMsg: `${api}:ok`, confirm: true }), 1);
}
const networkListeners = new Set();
wxApi.onNetworkStatusChange = (fn) => void networkListeners.add(fn);
wxApi.offNetworkStatusChange = (fn) => void networkListeners.delete(fn);
wxApi.getNetworkType = (opts) =>
  setTimeout(() => opts?.success?.({ networkType: 'wifi', errMsg: 'getNetworkType:ok' }), 1);
wxApi.showToast = (opts) => {
  toasts.push(opts.title);
  setTimeout(() => opts?.success?.({ errMsg: 'showToast:ok' }), 1);
};
for (const nav of ['navigateTo', 'redirectTo', 'reLaunch', 'switchTab']) {
  wxApi[nav] = (opts) => {
    navigations.push({ kind: nav, url: opts.url });
    setTimeout(() => opts.success?.({ errMsg: `${nav}:ok` }), 1);
  };
}
// Anything else Taro probes for answers with a no-op that calls success.
const wx = new Proxy(wxApi, {
  get(target, key) {
    if (key in target) return target[key];
    if (typeof key !== 'string' || key === 'webpackJsonp' || !/^[a-z]/.test(key)) return undefined;
    return (opts) => setTimeout(() => opts?.success?.({ errMsg: `${key}:ok` }), 1);
  },
  has(target, key) {
    return key in target || (typeof key === 'string' && key !== 'webpackJsonp' && /^[a-z]/.test(key));
  },
  set(target, key, value) {
    target[key] = value; // webpackJsonp must stay a real property
    return true;
  },
});

function applySetData(data, patch) {
  for (const [keyPath, value] of Object.entries(patch)) {
    const keys = keyPath.replace(/\[(\d+)\]/g, '.$1').split('.');
    let o = data;
    for (const k of keys.slice(0, -1)) o = o[k] ??= /^\d+$/.test(k) ? [] : {};
    o[keys.at(-1)] = value;
  }
}

function makeInstance(def, route) {
  const inst = Object.create(null);
  Object.assign(inst, def);
  inst.data = JSON.parse(JSON.stringify(def.data ?? {}));
  inst.route = route;
  inst.__route__ = route;
  inst.setData = (patch, cb) => {
    applySetData(inst.data, patch);
    if (cb) setTimeout(cb, 0);
  };
  inst.selectComponent = () => null;
  inst.createSelectorQuery = () => ({
    select: () => ({ boundingClientRect: () => ({ exec: () => {} }) }),
    exec: () => {},
  });
  return inst;
}

const sandbox = {
  wx,
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  Promise,
  App: (def) => (appDef = def),
  Page: (def) => pageDefs.set(currentRoute, def),
  Component: (def) => pageDefs.set(currentRoute, def),
  Behavior: (def) => def,
  getApp: () => appDef,
  getCurrentPages: () => [],
  requirePlugin: () => ({}),
};
sandbox.global = sandbox;
sandbox.globalThis = sandbox;
const context = vm.createContext(sandbox);

const loaded = new Set();
function load(rel) {
  const file = path.join(dist, rel.endsWith('.js') ? rel : `${rel}.js`);
  if (loaded.has(file)) return;
  loaded.add(file);
  const code = fs.readFileSync(file, 'utf8');
  const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, {
    filename: file,
  });
  const module = { exports: {} };
  fn((dep) => load(path.join(path.dirname(path.relative(dist, file)), dep)), module, module.exports);
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
function texts(node, out = []) {
  if (!node || typeof node !== 'object') return out;
  if (typeof node.v === 'string') out.push(node.v);
  for (const v of Object.values(node)) if (v && typeof v === 'object') texts(v, out);
  return out;
}
function findNode(node, pred) {
  if (!node || typeof node !== 'object') return null;
  if (pred(node)) return node;
  for (const v of Object.values(node)) {
    const hit = v && typeof v === 'object' ? findNode(v, pred) : null;
    if (hit) return hit;
  }
  return null;
}

async function openPage(route, query = {}) {
  currentRoute = route;
  load(route);
  const def = pageDefs.get(route);
  assert.ok(def, `${route} registered no Page()`);
  const page = makeInstance(def, route);
  page.onLoad?.call(page, query);
  page.onShow?.call(page);
  page.onReady?.call(page);
  await tick(80);
  return page;
}

load('app');
assert.ok(appDef, 'app.js registered no App()');
appDef.onLaunch?.call(appDef, { path: 'pages/index/index', query: {} });
appDef.onShow?.call(appDef, { path: 'pages/index/index', query: {} });

// Home: one GET of the campaign list from the configured API, rendered into the page's data.
const home = await openPage('pages/index/index');
const listCall = requests.find((r) => r.url.endsWith('/api/v1/campaigns'));
assert.ok(listCall, `home did not request campaigns: ${JSON.stringify(requests)}`);
assert.match(listCall.url, /^https?:\/\//, 'the mini-program must call an absolute URL');
const homeTexts = texts(home.data).join('');
for (const expected of ['满 80 减 20 商超券', '满80减20', '剩余 7/10（70%）', '登录后查看领取资格']) {
  assert.ok(homeTexts.includes(expected), `home does not show "${expected}": ${homeTexts.slice(0, 400)}`);
}

// Losing the network shows the offline banner (wx.onNetworkStatusChange), regaining it removes it.
for (const fn of networkListeners) fn({ isConnected: false, networkType: 'none' });
await tick();
assert.ok(texts(home.data).join('').includes('网络已断开'), 'no offline banner when the network dropped');
for (const fn of networkListeners) fn({ isConnected: true, networkType: 'wifi' });
await tick();
assert.ok(
  !texts(home.data).join('').includes('网络已断开'),
  'offline banner stayed after the network came back',
);

// A tap on the card goes through Taro's event handler to wx.navigateTo with the campaign id.
const card = findNode(home.data, (n) => typeof n.cl === 'string' && n.cl.includes('campaign-card') && n.sid);
assert.ok(card, 'no campaign card in the rendered tree');
home.eh({
  type: 'tap',
  timeStamp: Date.now(),
  target: { id: card.sid, dataset: {} },
  currentTarget: { id: card.sid, dataset: { sid: card.sid } },
  detail: {},
});
await tick();
const nav = navigations.find((n) => n.kind === 'navigateTo');
assert.ok(nav, `tapping the card did not navigate: ${JSON.stringify(navigations)}`);
assert.equal(nav.url, '/packages/campaign/detail/index?id=cmp_sim_1');

// Login: WeChat's silent login sends Taro.login's code to /auth/wechat and keeps the token.
await openPage('pages/login/index', { redirect: encodeURIComponent('/pages/index/index') });
await tick(80);
const loginCall = requests.find((r) => r.url.endsWith('/api/v1/auth/wechat'));
assert.ok(loginCall, 'the login page did not call /auth/wechat');
// (objects from the sandbox are of another realm: compare their JSON)
assert.equal(
  typeof loginCall.data === 'string' ? loginCall.data : JSON.stringify(loginCall.data),
  '{"code":"sim-login-code"}',
);
assert.equal(storage.get('sy_token'), 'sim-token');
assert.ok(
  navigations.some((n) => n.kind === 'reLaunch' && n.url === '/pages/index/index'),
  'login did not return home',
);
assert.ok(toasts.includes('登录成功'), 'no login confirmation shown');

console.log(`weapp-sim: ok (${requests.length} requests, ${navigations.length} navigations)`);
process.exit(0);
