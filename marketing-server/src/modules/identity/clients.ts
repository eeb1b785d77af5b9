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

export type WechatClient = { code2session(code: string): Promise<{ openid: string }> };

export function createWechatClient(baseUrl: string, appId: string, secret: string): WechatClient {
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
