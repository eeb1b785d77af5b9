import './index.css';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type { Campaign, Claim, ClaimPreview } from '../../../api/types';
import { campaignHeadline, eligibilityLine } from '../../../components/CampaignCard';
import { Countdown } from '../../../components/Countdown';
import { RedPacketOpening } from '../../../components/RedPacketOpening';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { StateView } from '../../../components/StateView';
import { claimFlow } from '../../../lib/app-services';
import { merchantScopeText, perUserLimitText } from '../../../lib/coupon-status';
import { formatYuan } from '../../../lib/money';
import { ensureLoggedIn, open } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import { useRemote } from '../../../lib/use-remote';
import { ReminderShare } from './ReminderShare';
import { campaignRules } from '../../../lib/campaign-rules';

async function loadDetail(id: string): Promise<Campaign> {
  const campaign = await api.get<Campaign>(`/campaigns/${id}`);
  if (!session.token()) return campaign;
  const mine = await api.get<ClaimPreview>(`/me/campaigns/${id}/eligibility`);
  return { ...campaign, mine };
}

/**
 * A red packet's delivery depends on the wallet: the owner's view of the claim says whether it awaits
 * one. If that read fails the packet is shown as claimed, which it is.
 */
async function withDelivery(claim: Claim): Promise<Claim> {
  if (claim.kind !== 'red_packet' || claim.status !== 'granted') return claim;
  try {
    return await api.get<Claim>(`/me/claims/${claim.id}`);
  } catch {
    return claim;
  }
}

function packetTerms(c: Campaign): string {
  if (c.kind === 'coupon' && c.coupon) {
    const scope = merchantScopeText(c.coupon.merchants);
    return c.coupon.threshold_fen ? `订单满 ${formatYuan(c.coupon.threshold_fen)} 可用 · ${scope}` : scope;
  }
  if (c.red_packet?.mode === 'random') return `共 ${c.stock_total} 个随机金额红包，发放到数字人民币钱包`;
  return `每个 ${formatYuan(c.face_fen)}，发放到数字人民币钱包`;
}

export default function CampaignDetail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const here = `/packages/campaign/detail/index?id=${id}`;
  const { remote, reload } = useRemote(() => loadDetail(id), [id]);
  const [claiming, setClaiming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [opened, setOpened] = useState<Claim | null>(null);
  // A card's 领取 opens this page with claim=1: claim once, as soon as the page knows it may.
  const autoClaim = useRef(params.claim === '1');

  async function tapClaim() {
    if (!ensureLoggedIn(here)) return;
    if (!tappable()) return; // Taro's H5 button still fires onClick when disabled
    setRefusal(null);
    setClaiming(true);
    try {
      setOpened(await withDelivery(await claimFlow.claim(id)));
    } catch (err) {
      setRefusal(err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');
    } finally {
      setClaiming(false);
      void reload();
    }
  }

  function tappable(): boolean {
    const c = remote.data;
    if (!c) return false;
    const line = eligibilityLine(c, true);
    return (
      !claiming &&
      c.status === 'running' &&
      c.remaining > 0 &&
      c.mine?.code !== 'USER_LIMIT_REACHED' &&
      line.ok
    );
  }

  useEffect(() => {
    if (!autoClaim.current || !remote.data || remote.state !== 'ready') return;
    autoClaim.current = false;
    if (tappable() || !session.token()) void tapClaim();
  });

  if (!remote.data) {
    return (
      <View className="page">
        {remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} homeLink />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
    );
  }
  const c = remote.data;
  const loggedIn = Boolean(session.token());
  const eligibility = eligibilityLine(c, loggedIn);
  const claimed = c.mine?.code === 'USER_LIMIT_REACHED';
  const soldOut = c.remaining <= 0;
  const upcoming = c.status === 'upcoming';
  const paused = c.status === 'paused';
  const canTap = !claiming && !upcoming && !paused && !claimed && !soldOut && eligibility.ok;
  const label = claiming
    ? '领取中…'
    : claimed
      ? '已领取'
      : soldOut
        ? '已领完'
        : upcoming
          ? '未开始'
          : paused
            ? '活动暂停中'
            : !eligibility.ok
              ? '暂不可领'
              : loggedIn
                ? '立即领取'
                : '登录后领取';

  return (
    <View className="page detail">
      <OfflineBanner />
      <View className={`detail__packet detail__packet--${c.kind}`}>
        <Text className="detail__headline">{campaignHeadline(c)}</Text>
        <Text role="heading" aria-level={1} className="detail__name">
          {c.name}
        </Text>
        {c.description ? <Text className="detail__desc">{c.description}</Text> : null}
      </View>
      <View className="card detail__terms">
        <Text className="detail__row">{packetTerms(c)}</Text>
        <Text className="detail__row">
          领取时间：{formatCst(c.claim_start_at)} 至 {formatCst(c.claim_end_at)}
        </Text>
        <Text className="detail__row">
          剩余 {c.remaining}/{c.stock_total} · {perUserLimitText(c.per_user)}
        </Text>
        {c.organizer ? <Text className="detail__row detail__organizer">主办方：{c.organizer}</Text> : null}
        {upcoming ? <Countdown seconds={c.starts_in_s} onDone={() => void reload()} /> : null}
        {eligibility.text && !(claimed && eligibility.text === label) ? (
          <Text className={`eligibility ${eligibility.ok ? 'eligibility--ok' : 'eligibility--no'}`}>
            {eligibility.text}
          </Text>
        ) : null}
      </View>
      {refusal ? <Text className="banner banner--refusal refusal">{refusal}</Text> : null}
      {remote.state === 'error' ? <Text className="banner banner--warn">{remote.error.message}</Text> : null}
      <View className="detail__actions">
        <Button
          role="button"
          className="btn btn--primary btn--big claim-btn"
          disabled={(!canTap && loggedIn) || undefined}
          aria-disabled={!canTap && loggedIn ? 'true' : undefined}
          loading={claiming}
          onClick={tapClaim}
        >
          {label}
        </Button>
        {claimed ? (
          <Text role="link" className="link" onClick={() => void open('coupons')}>
            去券包查看 ›
          </Text>
        ) : null}
      </View>
      <ReminderShare campaign={c} here={here} />
      <View className="card detail__rules">
        <Text role="heading" aria-level={2} className="detail__rules-title">
          活动规则
        </Text>
        {campaignRules(c).map((rule, i) => (
          <Text key={rule} className="detail__rule">
            {i + 1}. {rule}
          </Text>
        ))}
      </View>
      {opened ? (
        <RedPacketOpening
          claim={opened}
          onClose={() => setOpened(null)}
          onView={() => {
            setOpened(null);
            void (opened.kind === 'coupon' && opened.status !== 'held'
              ? open('coupon', { id: opened.id })
              : open('coupons'));
          }}
          onBindWallet={() => {
            setOpened(null);
            void open('wallet');
          }}
        />
      ) : null}
    </View>
  );
}
