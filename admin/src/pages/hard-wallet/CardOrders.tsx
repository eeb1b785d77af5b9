import { Table, Tag } from 'antd';
import { api } from '../../api';
import type { ItemOf } from '../../api-types';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { HW_ORDER_DIRECTION_LABEL, HW_ORDER_STATUS_LABEL } from '../../i18n/labels';

// A card's loads, unloads and the refund of its confirmed balance, as the server recorded them: a
// refused refund reads 被拒绝 with the bank's code, never 处理中.

type Order = ItemOf<'getAdminHardWalletCardsByIdOrders'>;
const COLOR: Record<string, string> = { succeeded: 'green', failed: 'red', pending: 'blue' };

export function CardOrders({ cardId, quietUntil }: { cardId: string; quietUntil: string | null }) {
  const remote = useRemote(
    () => api<{ items: Order[] }>(`/admin/hard-wallet/cards/${cardId}/orders`),
    [cardId],
  );
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
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
              { title: '卡内余额', dataIndex: 'balance_after_fen', render: (v: number | null) => yuan(v) },
              { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
            ]}
          />
        </>
      )}
    </PageState>
  );
}
