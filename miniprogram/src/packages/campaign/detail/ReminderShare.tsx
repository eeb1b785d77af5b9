import { useEffect, useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { platform } from '@platform';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type { Campaign, CampaignReminder } from '../../../api/types';
import { ensureLoggedIn } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { reminderText } from '../../../lib/reminder-text';

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });
const fail = (err: unknown) => toast(err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');

/**
 * 开抢提醒: before a campaign opens, the citizen asks to be told 5 minutes ahead — in the mini-program
 * by a WeChat subscribe message once they allow it (by SMS if they do not), on the web by SMS. The page
 * shows whether one is set, how and when it leaves, and lets them cancel it.
 */
function Reminder({ c, here }: { c: Campaign; here: string }) {
  const [reminder, setReminder] = useState<CampaignReminder['reminder']>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A refusal stays on the page (no phone number, already open) until the next try.
  const [error, setError] = useState<string | null>(null);
  const path = `/me/campaigns/${c.id}/reminder`;
  useEffect(() => {
    if (session.token())
      void api.get<CampaignReminder>(path).then((r) => {
        setReminder(r.reminder);
        setTemplateId(r.wechat_template_id);
      }, fail);
  }, [path]);
  const act = async (method: 'put' | 'del') => {
    if (!ensureLoggedIn(here) || busy) return;
    // WeChat opens its dialog only from a tap: ask before any other await.
    const allowed =
      method === 'put' && platform.requestSubscribe && templateId
        ? platform.requestSubscribe(templateId)
        : Promise.resolve(false);
    setBusy(true);
    setError(null);
    try {
      const r =
        method === 'put'
          ? await api.put<CampaignReminder>(path, { channel: (await allowed) ? 'wechat' : 'sms' })
          : await api.del<CampaignReminder>(path);
      setReminder(r.reminder);
      toast(r.reminder ? '已设置开抢提醒' : '已取消提醒');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  if (reminder)
    return (
      <View className="reminder reminder--set" role="status">
        <Text className="reminder__text">{reminderText(reminder, c.claim_start_at)}</Text>
        {reminder.status === 'pending' ? (
          <Text role="button" className="link reminder__cancel" onClick={() => void act('del')}>
            取消提醒
          </Text>
        ) : null}
      </View>
    );
  return (
    <View className="reminder__ask">
      <Button
        role="button"
        className="btn btn--ghost reminder__set"
        loading={busy}
        onClick={() => void act('put')}
      >
        开抢提醒
      </Button>
      {error ? <Text className="banner banner--refusal reminder__error">{error}</Text> : null}
    </View>
  );
}

/** Share with a friend: WeChat's share sheet in the mini-program, the page's link copied on H5. */
function Share({ c, here }: { c: Campaign; here: string }) {
  useShareAppMessage(() => ({ title: c.name, path: here }));
  if (process.env.TARO_ENV === 'weapp')
    return (
      <Button role="button" className="btn btn--ghost share-btn" openType="share">
        分享给好友
      </Button>
    );
  const copy = () =>
    void Taro.setClipboardData({ data: window.location.href }).then(
      () => toast('链接已复制，粘贴给好友即可打开'),
      () => toast('复制失败，请长按地址栏复制链接'),
    );
  return (
    <Button role="button" className="btn btn--ghost share-btn" onClick={copy}>
      复制活动链接
    </Button>
  );
}

export function ReminderShare({ campaign: c, here }: { campaign: Campaign; here: string }) {
  return (
    <View className="detail__extra">
      {c.status === 'upcoming' ? <Reminder c={c} here={here} /> : null}
      <Share c={c} here={here} />
    </View>
  );
}
