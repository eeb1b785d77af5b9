import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';

// Simulates the WeChat server APIs a mini-program's back end calls:
// - `jscode2session`: a mini-program calls wx.login() and gets a one-time code valid for 5 minutes;
//   the server exchanges it (with appid + secret) for the user's openid.
//   `POST /__mock/login {user_key}` plays the part of wx.login() for tests and the H5 dev page.
// - `cgi-bin/token` (client_credential): an access token valid 7,200 s; a new one leaves the previous
//   one valid for 5 more minutes, as WeChat does. `POST /__mock/expire-tokens` ends them all early.
// - `cgi-bin/message/subscribe/send`: a one-time subscribe message. Each time the user taps 允许 in
//   wx.requestSubscribeMessage they grant one message of that template (`POST /__mock/subscribe
//   {user_key | openid, template_id}` plays that tap); a send without a grant is 43101, as WeChat answers.
//   `GET /__mock/subscribe-messages?openid=` lists what was delivered.
export type WechatMockOptions = { appId: string; appSecret: string; codeTtlMs?: number };

export type SubscribeMessage = {
  touser: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
  sent_at: string;
};

const TOKEN_TTL_S = 7200;
const TOKEN_OVERLAP_MS = 5 * 60_000;
// WeChat's limits on template values by keyword type (thing: 20 characters, phrase: 5, time: a date).
const VALUE_RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => [...v].length >= 1 && [...v].length <= 20,
  phrase: (v) => [...v].length >= 1 && [...v].length <= 5,
  time: (v) => /^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?$/.test(v),
};

function badTemplateData(data: unknown): boolean {
  if (!data || typeof data !== 'object') return true;
  return Object.entries(data as Record<string, { value?: unknown }>).some(([key, v]) => {
    const kind = key.replace(/\d+$/, '');
    const rule = VALUE_RULES[kind];
    return !rule || typeof v?.value !== 'string' || !rule(v.value);
  });
}

export function createWechatMock(opts: WechatMockOptions) {
  const codes = new Map<string, { openid: string; expiresAt: number }>();
  const tokens = new Map<string, number>(); // access token → expires at (ms)
  const grants = new Map<string, number>(); // `${openid}|${template_id}` → messages the user allowed
  const delivered: SubscribeMessage[] = [];
  let faults: Faults = noFaults();
  const ttl = opts.codeTtlMs ?? 5 * 60_000;
  const openidFor = (userKey: string) =>
    'o' + createHash('sha256').update(`${opts.appId}:${userKey}`).digest('base64url').slice(0, 27);

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      if (req.method === 'POST' && url.pathname === '/__mock/faults') {
        faults = { ...noFaults(), ...((await readJson(req)) as Partial<Faults>) };
        return sendJson(res, 200, faults);
      }
      if (req.method === 'POST' && url.pathname === '/__mock/login') {
        const body = (await readJson(req)) as { user_key?: string };
        const userKey = body.user_key || randomBytes(8).toString('hex');
        const code = randomBytes(16).toString('hex');
        codes.set(code, { openid: openidFor(userKey), expiresAt: Date.now() + ttl });
        return sendJson(res, 200, { code });
      }
      if (req.method === 'POST' && url.pathname === '/__mock/subscribe') {
        const body = (await readJson(req)) as { user_key?: string; openid?: string; template_id?: string };
        const openid = body.openid ?? (body.user_key ? openidFor(body.user_key) : '');
        if (!openid || !body.template_id)
          return sendJson(res, 400, { errcode: 40001, errmsg: 'bad request' });
        const key = `${openid}|${body.template_id}`;
        grants.set(key, (grants.get(key) ?? 0) + 1);
        return sendJson(res, 200, { openid, granted: grants.get(key) });
      }
      if (req.method === 'POST' && url.pathname === '/__mock/expire-tokens') {
        tokens.clear();
        return sendJson(res, 200, { expired: true });
      }
      if (req.method === 'GET' && url.pathname === '/__mock/subscribe-messages') {
        const openid = url.searchParams.get('openid');
        return sendJson(res, 200, { messages: delivered.filter((m) => !openid || m.touser === openid) });
      }
      if (await applyFaults(req, res, faults)) return;
      if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
        const q = url.searchParams;
        if (q.get('grant_type') !== 'client_credential')
          return sendJson(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' });
        if (q.get('appid') !== opts.appId || q.get('secret') !== opts.appSecret)
          return sendJson(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
        const now = Date.now();
        for (const [t, exp] of tokens) tokens.set(t, Math.min(exp, now + TOKEN_OVERLAP_MS));
        const token = randomBytes(24).toString('base64url');
        tokens.set(token, now + TOKEN_TTL_S * 1000);
        return sendJson(res, 200, { access_token: token, expires_in: TOKEN_TTL_S });
      }
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
        const exp = tokens.get(url.searchParams.get('access_token') ?? '');
        if (exp === undefined) return sendJson(res, 200, { errcode: 40001, errmsg: 'invalid credential' });
        if (exp < Date.now()) return sendJson(res, 200, { errcode: 42001, errmsg: 'access_token expired' });
        const body = (await readJson(req)) as Partial<SubscribeMessage>;
        if (!body.touser || !/^o[\w-]{10,}$/.test(body.touser))
          return sendJson(res, 200, { errcode: 40003, errmsg: 'invalid openid' });
        if (!body.template_id) return sendJson(res, 200, { errcode: 40037, errmsg: 'invalid template_id' });
        if (badTemplateData(body.data))
          return sendJson(res, 200, { errcode: 47003, errmsg: 'argument invalid' });
        const key = `${body.touser}|${body.template_id}`;
        const left = grants.get(key) ?? 0;
        if (left < 1) return sendJson(res, 200, { errcode: 43101, errmsg: 'user refuse to accept the msg' });
        grants.set(key, left - 1);
        delivered.push({
          touser: body.touser,
          template_id: body.template_id,
          page: body.page ?? null,
          data: body.data!,
          sent_at: new Date().toISOString(),
        });
        if (delivered.length > 10_000) delivered.splice(0, delivered.length - 10_000);
        return sendJson(res, 200, { errcode: 0, errmsg: 'ok', msgid: Date.now() });
      }
      if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
        const q = url.searchParams;
        if (q.get('appid') !== opts.appId || q.get('secret') !== opts.appSecret) {
          return sendJson(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
        }
        if (q.get('grant_type') !== 'authorization_code') {
          return sendJson(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' });
        }
        const code = q.get('js_code') ?? '';
        const entry = codes.get(code);
        codes.delete(code); // a code is good for one exchange only
        if (!entry || entry.expiresAt < Date.now()) {
          return sendJson(res, 200, { errcode: 40029, errmsg: 'invalid code' });
        }
        return sendJson(res, 200, {
          openid: entry.openid,
          session_key: randomBytes(16).toString('base64'),
        });
      }
      sendJson(res, 404, { errcode: 404, errmsg: 'not found' });
    } catch {
      sendJson(res, 400, { errcode: 40001, errmsg: 'bad request' });
    }
  });
  return { server, listen: (port?: number): Promise<RunningMock> => listen(server, port) };
}
