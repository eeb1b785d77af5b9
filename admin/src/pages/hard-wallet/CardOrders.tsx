import { Table, Tag } from 'antd';
import { api } from '../../api';
import type { ItemOf } from '../../api-types';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { HW_FUNDING_LABEL, HW_ORDER_DIRECTION_LABEL, HW_ORDER_STATUS_LABEL } from '../../i18n/labels';
import { ReceiptButton } from './CounterLoad';
import { PENDING_OFFLINE_HINT, pendingOfflineText } from './pending-offline';

// A card's loads, unloads and the refund of its confirmed balance, as the server recorded them: a
// refused refund reads 被拒绝 with the bank's code, never 处理中.

type Order = ItemOf<'getAdminHardWalletCardsByIdOrders'>;
const COLOR: Record<string, string> = {
  succeeded: 'green',
  failed: 'red',
  pending: 'blue',
  in_flight: 'gold',
};

type HwCard = ItemOf<'getAdminHardWalletCards'>;

/** The card's books in one line: what is confirmed, and what its terminals uploaded that is not yet. */
function Balances({ card }: { card: HwCard }) {
  const pending = pendingOfflineText(card);
  return (
    <p className="hw-card-balances">
      已确认余额 {yuan(card.confirmed_balance_fen)}
      {pending ? (
        <>
          ；<span className="hw-pending-offline">{pending}</span>（{PENDING_OFFLINE_HINT}）
        </>
      ) : (
        '；没有待确认的脱机消费。'
      )}
    </p>
  );
}

export function CardOrders({ card }: { card: HwCard }) {
  const cardId = card.id;
  const quietUntil = card.quiet_until;
  const remote = useRemote(
    () => api<{ items: Order[] }>(`/admin/hard-wallet/cards/${cardId}/orders`),
    [cardId],
  );
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
          <Balances card={card} />
          {quietUntil && !data.items.some((o) => o.direction === 'refund') ? (
            <p className="hw-quiet">静默期至 {cst(quietUntil)}（北京时间），届时退还已确认余额。</p>
          ) : null}
          <Table
            rowKey="id"
            size="small"
            className="hw-orders"
            pagination={false}
            dataSource={data.items}
            locale={{ emptyText: '暂无圈存、圈提或退还记录' }}
            columns={[
              {
                title: '类型',
                dataIndex: 'direction',
                render: (v: string) => HW_ORDER_DIRECTION_LABEL[v] ?? v,
              },
              { title: '金额', dataIndex: 'amount_fen', render: (v: number) => yuan(v) },
              {
                title: '状态',
                dataIndex: 'status',
                render: (v: string, o: Order) => (
                  <Tag color={COLOR[v]}>
                    {HW_ORDER_STATUS_LABEL[v] ?? v}
                    {v === 'failed' && o.error_code ? `（${o.error_code}）` : ''}
                  </Tag>
                ),
              },
              {
                title: '资金来源',
                dataIndex: 'funding',
                render: (v: string | null) => (v ? (HW_FUNDING_LABEL[v] ?? v) : '—'),
              },
              { title: '卡内余额', dataIndex: 'balance_after_fen', render: (v: number | null) => yuan(v) },
              { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
              {
                title: '回单',
                render: (_: unknown, o: Order) =>
                  o.direction === 'counter_load' ? <ReceiptButton orderId={o.id} /> : null,
              },
            ]}
          />
        </>
      )}
    </PageState>
  );
}
