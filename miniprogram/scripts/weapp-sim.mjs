#!/usr/bin/env node
// Runs the built mini-program's own JS (dist/weapp) in Node with a stand-in for the WeChat runtime:
// App/Page/Component, a `wx` whose request/login/navigation calls are recorded and answered, and
// setData applied to each page's data. It then drives the pages: home lists campaigns from the API,
// a tap on a card navigates to its detail page, the login page signs in with Taro.login's code, and
// the parking sub-package finds a car by the lot's scanned QR code and pays once on a double tap.
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

// Parking: one lot, a car at its exit barrier with a fee due and a coupon usable on it.
const parkingLot = {
  id: 'lot_sim0000000001',
  name: '模拟停车场',
  address: '广州市天河区模拟路 1 号',
  merchant_id: 'mch_sim',
  tariff_id: 'gz-central',
  free_exit_minutes: 15,
};
const parkingSession = {
  id: 'pss_sim_1',
  lot_id: parkingLot.id,
  plate: '粤A·12345',
  plate_color: 'blue',
  vehicle_class: 'small',
  status: 'awaiting_payment',
  entry_at: '2026-12-01T10:00:00+08:00',
  exit_at: '2026-12-01T12:05:00+08:00',
  exit_offline: false,
  fee_fen: 2500,
  covered_fen: 0,
  discount_fen: 0,
  paid_until: null,
  lot: { id: parkingLot.id, name: parkingLot.name, address: parkingLot.address, free_exit_minutes: 15 },
  tariff_name: '广州中心城区（路内）',
  as_of: '2026-12-01T12:06:30+08:00',
  minutes: 125,
  live_fee_fen: 2500,
  due_fen: 2500,
  breakdown: [],
  coupons: [
    {
      coupon_code: '444455556666',
      claim_id: 'clm_sim',
      campaign_name: '停车券 ¥5',
      discount_fen: 500,
      use_end_at: '2099-12-08T00:00:00+08:00',
    },
  ],
};

// An upcoming campaign: its detail page offers 开抢提醒, which on weapp asks for WeChat's subscribe message.
const upcoming = {
  ...campaigns.items[0],
  id: 'cmp_sim_2',
  name: '周末开抢红包',
  coupon: { ...campaigns.items[0].coupon, use_window: { days: 7 } },
  status: 'upcoming',
  claim_start_at: '2099-12-01T10:00:00+08:00',
  starts_in_s: 3600,
  remaining: 10,
};
const REMINDER_TEMPLATE = 'tmpl-sim-campaign-opening';
let reminder = null;
const subscribeAsks = [];

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
    else if (url.pathname === '/api/v1/parking/lots')
      // Two lots, so that only the scan can have chosen one.
      respond(opts, 200, {
        items: [{ ...parkingLot, id: 'lot_sim0000000002', name: '另一停车场' }, parkingLot],
      });
    else if (url.pathname === '/api/v1/me/parking/plates') respond(opts, 200, { items: [] });
    else if (url.pathname === `/api/v1/campaigns/${upcoming.id}`) respond(opts, 200, upcoming);
    else if (url.pathname === `/api/v1/me/campaigns/${upcoming.id}/eligibility`)
      respond(opts, 200, {
        eligible: false,
        code: 'NOT_STARTED',
        reasons: [],
        claimed_in_period: 0,
        limit: 1,
        period: 'lifetime',
      });
    else if (url.pathname === `/api/v1/me/campaigns/${upcoming.id}/reminder`) {
      if (opts.method === 'PUT') {
        const body = typeof opts.data === 'string' ? JSON.parse(opts.data) : opts.data;
        reminder = {
          status: 'pending',
          channel: body.channel,
          remind_at: '2099-12-01T09:55:00+08:00',
          sent_at: null,
          sent_channel: null,
        };
      }
      respond(opts, 200, { reminder, wechat_template_id: REMINDER_TEMPLATE });
    } else if (url.pathname === '/api/v1/me/wallet')
      respond(opts, 200, { bound: true, total_balance_fen: 10_000, balance_fen: 10_000 });
    else if (url.pathname === `/api/v1/parking/lots/${parkingLot.id}/session`)
      respond(opts, 200, parkingSession);
    else if (url.pathname === `/api/v1/me/parking/sessions/${parkingSession.id}`)
      respond(opts, 200, parkingSession);
    else if (url.pathname === `/api/v1/me/parking/sessions/${parkingSession.id}/payments`)
      respond(opts, 201, {
        payment: {
          id: 'ppay_sim_1',
          session_id: parkingSession.id,
          lot_id: parkingLot.id,
          channel: 'app',
          due_fen: 2500,
          discount_fen: 500,
          payable_fen: 2000,
          status: 'succeeded',
          error_code: null,
          priced_until: '2026-12-01T12:05:00+08:00',
          created_at: '2026-12-01T12:06:31+08:00',
          completed_at: '2026-12-01T12:06:31+08:00',
        },
        session: { id: parkingSession.id, status: 'completed', paid_until: null, covered_fen: 2500 },
      });
    else respond(opts, 404, { code: 'ROUTE_NOT_FOUND', message: 'not here' });
    return { abort() {} };
  },
  scanCode(opts) {
    const result = `https://sy.example/h5/#/packages/parking/lookup/index?lot_id=${parkingLot.id}`;
    setTimeout(() => opts.success?.({ result, scanType: 'QR_CODE', errMsg: 'scanCode:ok' }), 1);
  },
  requestSubscribeMessage(opts) {
    subscribeAsks.push(opts.tmplIds);
    const answer = { errMsg: 'requestSubscribeMessage:ok' };
    for (const id of opts.tmplIds) answer[id] = 'accept';
    setTimeout(() => opts.success?.(answer), 1);
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
    // Taro writes paths as root.cn.[0].cn.[2].cl (a dot before the brackets) or a[0].b.
    const keys = keyPath.replace(/\.?\[(\d+)\]/g, '.$1').split('.');
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

/**
 * Waits until `check` holds (a page renders after a request and a setData or two; on a busy machine
 * that is not a fixed number of milliseconds), then returns what it returned; fails with `why()`.
 */
async function eventually(check, why, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > until) assert.fail(why());
    await tick(20);
  }
}
const textOf = (page) => texts(page.data).join('');
const byClass = (page, cls) =>
  findNode(page.data, (n) => typeof n.cl === 'string' && n.cl.split(' ').includes(cls) && n.sid);
const fire = (page, node, type, detail = {}) =>
  page.eh({
    type,
    timeStamp: Date.now(),
    target: { id: node.sid, dataset: {} },
    currentTarget: { id: node.sid, dataset: { sid: node.sid } },
    detail,
  });

load('app');
assert.ok(appDef, 'app.js registered no App()');
appDef.onLaunch?.call(appDef, { path: 'pages/index/index', query: {} });
appDef.onShow?.call(appDef, { path: 'pages/index/index', query: {} });

// Home: one GET of the campaign list from the configured API, rendered into the page's data.
const home = await openPage('pages/index/index');
const listCall = await eventually(
  () => requests.find((r) => r.url.endsWith('/api/v1/campaigns')),
  () => `home did not request campaigns: ${JSON.stringify(requests)}`,
);
assert.match(listCall.url, /^https?:\/\//, 'the mini-program must call an absolute URL');
for (const expected of ['满 80 减 20 商超券', '满80减20', '已抢 30% · 剩余 7/10', '登录后查看领取资格']) {
  await eventually(
    () => textOf(home).includes(expected),
    () => `home does not show "${expected}": ${textOf(home).slice(0, 400)}`,
  );
}

// Losing the network shows the offline banner (wx.onNetworkStatusChange), regaining it removes it.
for (const fn of networkListeners) fn({ isConnected: false, networkType: 'none' });
await eventually(
  () => textOf(home).includes('网络已断开'),
  () => 'no offline banner when the network dropped',
);
for (const fn of networkListeners) fn({ isConnected: true, networkType: 'wifi' });
await eventually(
  () => !textOf(home).includes('网络已断开'),
  () => 'offline banner stayed after the network came back',
);

// A tap on the card goes through Taro's event handler to wx.navigateTo with the campaign id.
const card = findNode(home.data, (n) => typeof n.cl === 'string' && n.cl.includes('campaign-card') && n.sid);
assert.ok(card, 'no campaign card in the rendered tree');
fire(home, card, 'tap');
const nav = await eventually(
  () => navigations.find((n) => n.kind === 'navigateTo'),
  () => `tapping the card did not navigate: ${JSON.stringify(navigations)}`,
);
assert.equal(nav.url, '/packages/campaign/detail/index?id=cmp_sim_1');

// Login: WeChat's silent login sends Taro.login's code to /auth/wechat and keeps the token.
await openPage('pages/login/index', { redirect: encodeURIComponent('/pages/index/index') });
const loginCall = await eventually(
  () => requests.find((r) => r.url.endsWith('/api/v1/auth/wechat')),
  () => 'the login page did not call /auth/wechat',
);
// (objects from the sandbox are of another realm: compare their JSON)
assert.equal(
  typeof loginCall.data === 'string' ? loginCall.data : JSON.stringify(loginCall.data),
  '{"code":"sim-login-code"}',
);
await eventually(
  () => navigations.some((n) => n.kind === 'reLaunch' && n.url === '/pages/index/index'),
  () => 'login did not return home',
);
assert.equal(storage.get('sy_token'), 'sim-token');
assert.ok(toasts.includes('登录成功'), 'no login confirmation shown');

// 开抢提醒 on weapp: the tap opens WeChat's subscribe dialog for the server's template; once allowed,
// the reminder is set by WeChat message, and the page says so.
const detail = await openPage('packages/campaign/detail/index', { id: upcoming.id });
const ask = await eventually(
  () => byClass(detail, 'reminder__set'),
  () => `the upcoming campaign offers no 开抢提醒: ${textOf(detail).slice(0, 400)}`,
);
await eventually(
  () => requests.some((r) => r.url.endsWith(`/me/campaigns/${upcoming.id}/reminder`)),
  () => 'the detail page did not read the reminder (and its template)',
);
await tick(40);
fire(detail, ask, 'tap');
await eventually(
  () => textOf(detail).includes('微信通知您'),
  () => `no WeChat reminder shown after allowing it: ${textOf(detail).slice(0, 400)}`,
);
assert.equal(JSON.stringify(subscribeAsks), JSON.stringify([[REMINDER_TEMPLATE]]));
const setCall = requests.find((r) => r.method === 'PUT' && r.url.endsWith('/reminder'));
assert.equal(
  typeof setCall.data === 'string' ? setCall.data : JSON.stringify(setCall.data),
  '{"channel":"wechat"}',
);

// Parking (a sub-package): WeChat's scanner picks the lot from its QR code, the plate is typed, the
// lookup opens the pay page; there the best coupon is preselected and a double tap pays once under
// an Idempotency-Key, after which the page says the barrier is open.
const lookup = await openPage('packages/parking/lookup/index');
await eventually(
  () => textOf(lookup).includes('模拟停车场') && byClass(lookup, 'scan-btn'),
  () => `the lookup page does not list the lots: ${textOf(lookup).slice(0, 400)}`,
);
assert.ok(!byClass(lookup, 'lot-option--on'), 'a lot was chosen before the scan');
fire(lookup, byClass(lookup, 'scan-btn'), 'tap');
await eventually(
  () => texts(byClass(lookup, 'lot-option--on')).join('').includes('模拟停车场'),
  () => 'scanning the lot QR code did not choose its lot',
);
// The plate keyboard: tap the field, then one key per character (the keyboard closes at 7).
fire(lookup, byClass(lookup, 'plate-input__cells'), 'tap');
for (const ch of '粤A12345') {
  const key = await eventually(
    () =>
      findNode(
        lookup.data,
        (n) =>
          typeof n.cl === 'string' &&
          n.cl.split(' ').includes('plate-key') &&
          !n.cl.split(' ').includes('plate-key--off') &&
          texts(n).join('') === ch &&
          n.sid,
      ),
    () => `the plate keyboard offers no key ${ch}: ${textOf(lookup).slice(0, 400)}`,
  );
  fire(lookup, key, 'tap');
  await tick();
}
fire(lookup, byClass(lookup, 'lookup-submit'), 'tap');
const found = await eventually(
  () => requests.find((r) => r.url.includes(`/parking/lots/${parkingLot.id}/session`)),
  () => `the lookup did not ask for the car: ${JSON.stringify(requests.map((r) => r.url))}`,
);
assert.match(decodeURIComponent(found.url), /plate=粤A12345$/);
await eventually(
  () => navigations.some((n) => n.url === `/packages/parking/pay/index?id=${parkingSession.id}`),
  () => `the lookup did not open the pay page: ${JSON.stringify(navigations)}`,
);

const pay = await openPage('packages/parking/pay/index', { id: parkingSession.id });
for (const expected of ['¥25.00', '停车券 ¥5', '立即缴费 ¥20.00', '按出场时间 12:05:00 计费']) {
  await eventually(
    () => textOf(pay).includes(expected) && byClass(pay, 'pay-btn'),
    () => `the pay page does not show "${expected}": ${textOf(pay).slice(0, 400)}`,
  );
}
fire(pay, byClass(pay, 'pay-btn'), 'tap');
fire(pay, byClass(pay, 'pay-btn'), 'tap');
await eventually(
  () => textOf(pay).includes('已支付，道闸已开启'),
  () => `no barrier-open result after paying: ${textOf(pay).slice(0, 400)}`,
);
const payCalls = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/payments'));
assert.equal(payCalls.length, 1, 'a double tap sent more than one payment');
assert.match(payCalls[0].header['idempotency-key'], /^park-/);
assert.equal(
  typeof payCalls[0].data === 'string' ? payCalls[0].data : JSON.stringify(payCalls[0].data),
  '{"expected_due_fen":2500,"coupon_code":"444455556666"}',
);

console.log(`weapp-sim: ok (${requests.length} requests, ${navigations.length} navigations)`);
process.exit(0);
