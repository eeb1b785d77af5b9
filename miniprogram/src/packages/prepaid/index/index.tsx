import '../prepaid.css';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { api, newIdempotencyKey } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { PrepaidContract, PrepaidProduct } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { open, PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { useRemote } from '../../../lib/use-remote';

// 我的预付合约: what I paid, consumed and have left in each contract wallet, and products I may buy
// (the terms are shown on the contract page before paying).

const KIND: Record<PrepaidProduct['kind'], string> = {
  class_pack: '课时包',
  membership: '会员卡',
  stored_value: '储值卡',
};

async function load() {
  const [mine, products] = await Promise.all([
    api.get<{ items: PrepaidContract[] }>('/me/prepaid/contracts'),
    api.get<{ items: PrepaidProduct[] }>('/prepaid/products'),
  ]);
  return { mine: mine.items, products: products.items };
}

export default function PrepaidIndex() {
  const { remote, reload } = useRemote(load, []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!session.token()) return <LoginPrompt backTo={PAGES.prepaid} what="预付合约" />;
  if (remote.state === 'error') return <StateView kind="error" error={remote.error} onRetry={reload} />;
  if (remote.state !== 'ready') return <StateView kind="loading" />;
  const { mine, products } = remote.data;

  async function buy(p: PrepaidProduct) {
    setBusy(p.id);
    setError(null);
    try {
      const c = await api.post<PrepaidContract>(
        '/me/prepaid/contracts',
        { product_id: p.id },
        { idempotencyKey: newIdempotencyKey('prepaid-buy') },
      );
      void open('prepaidContract', { id: c.id });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="prepaid">
      {mine.length === 0 ? (
        <View className="card">
          <Text className="prepaid__hint">还没有预付合约</Text>
        </View>
      ) : null}
      {mine.map((c) => (
        <View
          role="button"
          key={c.id}
          className="card prepaid-contract"
          onClick={() => void open('prepaidContract', { id: c.id })}
        >
          <Text className="prepaid__title">
            {c.merchant_name} · {c.product_name}
          </Text>
          <Text className="prepaid__tag">{c.status_label}</Text>
          <View className="prepaid__row">
            <Text>实付</Text>
            <Text>{formatYuan(c.paid_fen)}</Text>
          </View>
          <View className="prepaid__row">
            <Text>已消费（已拨付商户）</Text>
            <Text>{formatYuan(c.released_fen + c.releasing_fen)}</Text>
          </View>
          <View className="prepaid__row">
            <Text>合约钱包剩余</Text>
            <Text>{formatYuan(c.remaining_value_fen)}</Text>
          </View>
        </View>
      ))}
      <View className="card">
        <Text className="prepaid__title">可购买的预付商品</Text>
        <Text className="prepaid__hint">
          预付款存入您本人的数字人民币合约钱包，按消费向商户拨付，商户无法挪用。
        </Text>
        {error ? <Text className="prepaid__error">{error}</Text> : null}
        {products.map((p) => (
          <View key={p.id} className="prepaid__row">
            <Text>
              {p.merchant_name} {p.name}（{KIND[p.kind]}）{formatYuan(p.price_fen)}
            </Text>
            <Button
              role="button"
              size="mini"
              className="btn btn--primary prepaid-buy"
              disabled={busy !== null}
              onClick={() => void buy(p)}
            >
              {busy === p.id ? '…' : '查看条款'}
            </Button>
          </View>
        ))}
      </View>
    </View>
  );
}
