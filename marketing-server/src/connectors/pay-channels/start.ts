// `mocks` is a dev dependency: only its types here, the simulators are imported when one must start.
import type * as Mocks from 'mocks';
import type { RunningMock } from 'mocks';
import type { Clock } from '../../shared/time';
import { createAlipayClient } from './alipay';
import { createCardAcquirerClient } from './card';
import type { ChannelName, PayChannelClient } from './types';
import { createWechatPayClient } from './wechat';

// The cashier's payment channels. Outside development every channel is configured
// (WECHATPAY_API_URL + WECHATPAY_MCHID/APPID/APIV3_KEY, ALIPAY_API_URL + ALIPAY_APP_ID/APP_KEY,
// CARD_ACQUIRER_URL + CARD_ACQUIRER_SECRET); in embedded/dev mode a channel without a URL gets its
// simulator started in-process (a real HTTP server all the same).

const CHANNEL_URLS = ['WECHATPAY_API_URL', 'ALIPAY_API_URL', 'CARD_ACQUIRER_URL'];

export type ChannelSetup = {
  clients: Record<ChannelName, PayChannelClient>;
  urls: Record<ChannelName, string>;
  /** The in-process simulators (dev only), for demos and tests. */
  mocks: {
    wechat: ReturnType<typeof Mocks.createWechatPayMock> | null;
    alipay: ReturnType<typeof Mocks.createAlipayMock> | null;
    card: ReturnType<typeof Mocks.createCardAcquirerMock> | null;
  };
};

export async function startPayChannels(
  env: NodeJS.ProcessEnv,
  opts: { devBackends: boolean; clock: Clock; timeoutMs: number; running: RunningMock[] },
): Promise<ChannelSetup> {
  const now = () => opts.clock.now();
  const need = (k: string) => {
    const v = env[k];
    if (!v)
      throw new Error(`${k} not configured; in-process payment-channel simulators run only in embedded mode`);
    return v;
  };
  const mocks: ChannelSetup['mocks'] = { wechat: null, alipay: null, card: null };
  const sims =
    opts.devBackends && CHANNEL_URLS.some((k) => !env[k]) ? await import('mocks') : ({} as typeof Mocks);
  const start = async (m: { listen(port?: number): Promise<RunningMock> }) => {
    const r = await m.listen();
    opts.running.push(r);
    return r.url;
  };
  let wechatUrl = env.WECHATPAY_API_URL;
  if (!wechatUrl) {
    if (!opts.devBackends) need('WECHATPAY_API_URL');
    mocks.wechat = sims.createWechatPayMock({ now });
    wechatUrl = await start(mocks.wechat);
  }
  let alipayUrl = env.ALIPAY_API_URL;
  if (!alipayUrl) {
    if (!opts.devBackends) need('ALIPAY_API_URL');
    mocks.alipay = sims.createAlipayMock({ now });
    alipayUrl = await start(mocks.alipay);
  }
  let cardUrl = env.CARD_ACQUIRER_URL;
  if (!cardUrl) {
    if (!opts.devBackends) need('CARD_ACQUIRER_URL');
    mocks.card = sims.createCardAcquirerMock({ now });
    cardUrl = await start(mocks.card);
  }
  const t = opts.timeoutMs;
  return {
    mocks,
    urls: { wechat: wechatUrl, alipay: alipayUrl, card: cardUrl },
    clients: {
      wechat: createWechatPayClient({
        baseUrl: wechatUrl,
        mchid: env.WECHATPAY_MCHID ?? mocks.wechat?.mchid ?? need('WECHATPAY_MCHID'),
        appid: env.WECHATPAY_APPID ?? 'wxd678efh567hg6787',
        apiV3Key:
          env.WECHATPAY_APIV3_KEY ?? (mocks.wechat ? sims.WECHAT_DEFAULT_KEY : need('WECHATPAY_APIV3_KEY')),
        timeoutMs: t,
      }),
      alipay: createAlipayClient({
        baseUrl: alipayUrl,
        appId: env.ALIPAY_APP_ID ?? mocks.alipay?.appId ?? need('ALIPAY_APP_ID'),
        appKey: env.ALIPAY_APP_KEY ?? (mocks.alipay ? sims.ALIPAY_DEFAULT_KEY : need('ALIPAY_APP_KEY')),
        timeoutMs: t,
      }),
      card: createCardAcquirerClient({
        baseUrl: cardUrl,
        secret:
          env.CARD_ACQUIRER_SECRET ?? (mocks.card ? sims.CARD_DEFAULT_SECRET : need('CARD_ACQUIRER_SECRET')),
        timeoutMs: t,
      }),
    },
  };
}

/** The cashier's channels: their clients and, in embedded mode, the simulators behind them. */
export type PayChannels = Awaited<ReturnType<typeof startPayChannels>>;
