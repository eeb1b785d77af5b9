import '../transit.css';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { api, newIdempotencyKey } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { DayTicket, DayTicketBought, DayTicketProducts, TransitJourney } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { open, PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import {
  activeDayTicket,
  DAY_TICKET_STATE,
  fareRuleLabel,
  journeyRoute,
  journeyStatusLabel,
  owes,
} from '../../../lib/transit';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';

// 我的行程: every journey with its stations, Beijing times, fare and payment state (an owed fare
// with 去补缴), and the day tickets: buy one through the cashier, see the one that covers rides now.

async function load() {
  const [journeys, tickets, products] = await Promise.all([
    api.get<{ items: TransitJourney[] }>('/me/transit/journeys'),
    api.get<{ items: DayTicket[] }>('/me/transit/day-tickets'),
    // What is on sale under the current fare table, with its price, before anyone buys.
    api.get<DayTicketProducts>('/transit/day-ticket-products'),
  ]);
  return { journeys: journeys.items, tickets: tickets.items, products: products.items };
}

function JourneyCard({ j, onPay, busy }: { j: TransitJourney; onPay: () => void; busy: boolean }) {
  const debt = owes(j);
  return (
    <View className="card transit-journey" role="listitem" data-journey={j.id}>
      <View className="transit__row">
        <Text className="transit__title journey__route">{journeyRoute(j)}</Text>
        <Text className={`journey__tag journey-status ${debt ? 'journey__tag--debt' : ''}`}>
          {journeyStatusLabel(j.status)}
        </Text>
      </View>
      <Text className="transit__hint journey__time">
        {j.entered_at ? `进站 ${formatCst(j.entered_at)}` : ''}
        {j.entered_at && j.exited_at ? ' · ' : ''}
        {j.exited_at ? `出站 ${formatCst(j.exited_at)}` : ''}
      </Text>
      <View className="transit__row">
        <Text className="transit__hint">
          {fareRuleLabel(j.rule)}
          {j.day_ticket_id ? ' · 日票已覆盖' : ''}
        </Text>
        <Text className="journey__fare journey-fare">{formatYuan(j.fare_fen)}</Text>
      </View>
      {debt ? (
        <View className="transit__row">
          <Text className="journey__tag journey__tag--debt">待补缴 {formatYuan(j.owed_fen)}</Text>
          <Button
            role="button"
            size="mini"
            className="btn btn--primary journey-pay"
            disabled={busy}
            onClick={onPay}
          >
            {busy ? '补缴中…' : '去补缴'}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function DayTickets({
  tickets,
  products,
  onError,
}: {
  tickets: DayTicket[];
  products: DayTicketProducts['items'];
  onError: (m: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const active = activeDayTicket(tickets);
  async function buy(productId: string) {
    setBusy(true);
    try {
      const b = await api.post<DayTicketBought>(
        '/me/transit/day-tickets',
        { product_id: productId },
        { idempotencyKey: newIdempotencyKey('day-ticket') },
      );
      void open('cashier', { order_id: b.ticket.order_id });
    } catch (err) {
      onError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="card transit-day-tickets" role="region" aria-label="电子日票">
      <Text className="transit__title" role="heading" aria-level={2}>
        电子日票
      </Text>
      {active ? (
        <View className="day-ticket-active">
          <View className="transit__row">
            <Text>
              {active.name} {formatYuan(active.price_fen)}
            </Text>
            <Text className="journey__tag">{DAY_TICKET_STATE[active.state] ?? active.state}</Text>
          </View>
          <Text className="transit__hint">
            {active.valid_from && active.valid_until
              ? `有效期 ${formatCst(active.valid_from)} 至 ${formatCst(active.valid_until)}`
              : '首次进站起开始计时'}
            {active.last_exit_by ? `，最晚 ${formatCst(active.last_exit_by)} 前出站` : ''}
          </Text>
        </View>
      ) : (
        <Text className="transit__hint">暂无可用日票。日票有效期内乘坐地铁不再扣费。</Text>
      )}
      <View className="transit__actions">
        {products.map((p) => (
          <Button
            key={p.id}
            role="button"
            className={`btn btn--ghost day-ticket-buy day-ticket-buy--${p.id}`}
            disabled={busy}
            onClick={() => void buy(p.id)}
          >
            购买{p.name} {formatYuan(p.price_fen)}（{p.valid_hours} 小时）
          </Button>
        ))}
      </View>
    </View>
  );
}

export default function JourneysPage() {
  const { remote, reload } = useRemote(load, []);
  const [paying, setPaying] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useReloadOnReturn(reload);
  if (!session.token()) return <LoginPrompt backTo={PAGES.journeys} what="乘车行程" />;
  if (remote.state === 'error' && !remote.data)
    return <StateView kind="error" error={remote.error} onRetry={reload} />;
  if (!remote.data) return <StateView kind="loading" />;
  const { journeys, tickets, products } = remote.data;

  async function pay(j: TransitJourney) {
    setPaying(j.id);
    setError(null);
    try {
      await api.post(
        `/me/transit/journeys/${j.id}/pay`,
        {},
        { idempotencyKey: newIdempotencyKey('fare-debt') },
      );
      await reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setPaying(null);
    }
  }

  return (
    <View className="transit page">
      {error ? (
        <Text className="transit__error" role="alert">
          {error}
        </Text>
      ) : null}
      <DayTickets tickets={tickets} products={products} onError={setError} />
      <Text className="section-title" role="heading" aria-level={2}>
        我的行程
      </Text>
      {journeys.length === 0 ? (
        <StateView kind="empty" icon="铁" emptyText="还没有乘车行程" />
      ) : (
        <View role="list" className="transit-journeys">
          {journeys.map((j) => (
            <JourneyCard key={j.id} j={j} busy={paying !== null} onPay={() => void pay(j)} />
          ))}
        </View>
      )}
    </View>
  );
}
