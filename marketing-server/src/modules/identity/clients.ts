import { refused } from '../../shared/domain-error';

// Typed HTTP clients for the identity backends (WeChat code2session, SMS gateway). They are the
// simulators in mocks/ in development and tests; production points the URLs at the real services.
async function fetchJson(url: string, init: RequestInit, timeoutMs: number): Promise<unknown> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (res.status >= 500) throw new Error(`upstream ${res.status}`);
    return await res.json();
  } catch {
    throw refused('UPSTREAM_UNAVAILABLE', '身份服务暂时不可用，请稍后重试');
  }
}

export type SubscribeMessage = {
  openid: string;
  templateId: string;
  /** The mini-program page the message opens, with its query. */
  page: string;
  data: Record<string, string>;
};

export type WechatClient = {
  code2session(code: string): Promise<{ openid: string }>;
  /**
   * Sends one subscribe message (订阅消息). Refused with WECHAT_NOT_SUBSCRIBED when WeChat says the
   * user did not allow it (43101: no grant left), which no retry changes; anything else throws.
   */
  sendSubscribeMessage(msg: SubscribeMessage): Promise<void>;
};

type WechatReply = { errcode?: number; errmsg?: string };
// Codes WeChat answers when the access token is not (or no longer) good: fetch a new one and retry once.
const STALE_TOKEN = new Set([40001, 40014, 42001]);
const NOT_SUBSCRIBED = 43101;

/**
 * Access tokens are cached until a minute before they expire. Each process keeps its own: WeChat keeps
 * the previous token valid for 5 minutes after a new one is issued, and a process whose token was
 * replaced is told so (40001) and fetches again, so processes do not need to share it.
 */
function accessTokens(baseUrl: string, appId: string, secret: string) {
  let cached: { token: string; expiresAt: number } | null = null;
  return {
    async get(fresh = false) {
      if (!fresh && cached && cached.expiresAt > Date.now()) return cached.token;
      const q = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret });
      const body = (await fetchJson(
        `${baseUrl}/cgi-bin/token?${q}`,
        { method: 'GET' },
        5000,
      )) as WechatReply & {
        access_token?: string;
        expires_in?: number;
      };
      if (!body.access_token) throw new Error(`wechat token refused: ${body.errcode ?? 'no token'}`);
      cached = { token: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 7200) - 60) * 1000 };
      return cached.token;
    },
  };
}

export function createWechatClient(baseUrl: string, appId: string, secret: string): WechatClient {
  const tokens = accessTokens(baseUrl, appId, secret);
  const send = async (msg: SubscribeMessage, token: string) =>
    (await fetchJson(
      `${baseUrl}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: msg.openid,
          template_id: msg.templateId,
          page: msg.page,
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(msg.data).map(([k, value]) => [k, { value }])),
        }),
      },
      5000,
    )) as WechatReply;
  return {
    async code2session(code) {
      const q = new URLSearchParams({
        appid: appId,
        secret,
        js_code: code,
        grant_type: 'authorization_code',
      });
      const body = (await fetchJson(`${baseUrl}/sns/jscode2session?${q}`, { method: 'GET' }, 5000)) as {
        openid?: string;
        errcode?: number;
      };
      if (!body.openid) throw refused('WECHAT_CODE_INVALID', '微信登录凭证无效或已过期，请重试');
      return { openid: body.openid };
    },
    async sendSubscribeMessage(msg) {
      let reply = await send(msg, await tokens.get());
      if (STALE_TOKEN.has(reply.errcode ?? 0)) reply = await send(msg, await tokens.get(true));
      if (!reply.errcode) return;
      if (reply.errcode === NOT_SUBSCRIBED) throw refused('WECHAT_NOT_SUBSCRIBED', '您未允许接收该微信通知');
      throw new Error(`wechat subscribe message refused: ${reply.errcode}`);
    },
  };
}

export type SmsClient = {
  send(phone: string, template: string, params: Record<string, string>): Promise<void>;
};

export function createSmsClient(baseUrl: string): SmsClient {
  return {
    async send(phone, template, params) {
      const body = (await fetchJson(
        `${baseUrl}/v1/sms/send`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ phone, template, params }),
        },
        5000,
      )) as { message_id?: string };
      if (!body.message_id) throw refused('UPSTREAM_UNAVAILABLE', '短信发送失败，请稍后重试');
    },
  };
}
