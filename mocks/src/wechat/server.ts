import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';

// Simulates WeChat's `jscode2session`: a mini-program calls wx.login() and gets a one-time code valid
// for 5 minutes; the server exchanges it (with appid + secret) for the user's openid.
// `POST /__mock/login {user_key}` plays the part of wx.login() for tests and the H5 dev page.
export type WechatMockOptions = { appId: string; appSecret: string; codeTtlMs?: number };

export function createWechatMock(opts: WechatMockOptions) {
  const codes = new Map<string, { openid: string; expiresAt: number }>();
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
      if (await applyFaults(req, res, faults)) return;
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
