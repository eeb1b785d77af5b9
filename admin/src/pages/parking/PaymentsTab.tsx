import { Button, Space, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { PageState } from '../../components/PageState';
import { cst, yuan } from '../../format';
import { LabelSelect, LabelTag, LoadMore, LotSelect } from './common';
import { PAYMENT_CHANNEL, PAYMENT_STATUS, labelOf, lotName } from './model';
import type { Lot, ParkingPayment } from './types';
import { useCursorList } from './use-cursor-list';

/** Payments newest first: what was due, what a coupon paid, what the driver paid. */
export function PaymentsTab({ lots }: { lots: Lot[] }) {
  const [lotId, setLotId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const list = useCursorList<ParkingPayment>('/admin/parking/payments', { lot_id: lotId, status });
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <LotSelect id="payments-lot" lots={lots} value={lotId} onChange={setLotId} />
        <LabelSelect
          id="payments-status"
          labels={PAYMENT_STATUS}
          placeholder="全部状态"
          value={status}
          onChange={setStatus}
        />
        <Button onClick={() => void list.reload()}>刷新</Button>
      </Space>
      <PageState remote={list} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的缴费记录">
        {(d) => (
          <>
            <Table<ParkingPayment>
              rowKey="id"
              size="small"
              className="payments-table"
              loading={list.loading}
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: '时间', render: (_, p) => cst(p.completed_at ?? p.created_at) },
                { title: '车牌', dataIndex: 'plate' },
                { title: '停车场', dataIndex: 'lot_id', render: (id: string) => lotName(lots, id) },
                {
                  title: '渠道',
                  dataIndex: 'channel',
                  render: (c: string) => PAYMENT_CHANNEL[c] ?? c,
                },
                { title: '应收', dataIndex: 'due_fen', align: 'right', render: yuan },
                { title: '券抵扣', dataIndex: 'discount_fen', align: 'right', render: yuan },
                { title: '实付', dataIndex: 'payable_fen', align: 'right', render: yuan },
                {
                  title: '状态',
                  render: (_, p) => (
                    <Tooltip title={p.error_code ? `错误码 ${p.error_code}` : null}>
                      <span>
                        <LabelTag label={labelOf(PAYMENT_STATUS, p.status)} />
                      </span>
                    </Tooltip>
                  ),
                },
                { title: '计费截至', dataIndex: 'priced_until', render: cst },
                { title: '缴费单号', dataIndex: 'id' },
              ]}
            />
            <LoadMore list={list} className="payments-more" />
          </>
        )}
      </PageState>
    </>
  );
}
