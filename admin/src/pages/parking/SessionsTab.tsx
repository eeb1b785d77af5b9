import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageState } from '../../components/PageState';
import { cst, yuan } from '../../format';
import { LabelSelect, LabelTag, LoadMore, LotSelect } from './common';
import { SESSION_STATUS, VEHICLE_CLASS, durationText, labelOf, lotName, stayMinutes } from './model';
import type { Lot, ParkingSession } from './types';
import { useCursorList } from './use-cursor-list';

/** Sessions newest first; a car still inside has no fee yet (the server prices it at exit). */
export function SessionsTab({ lots }: { lots: Lot[] }) {
  const [lotId, setLotId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const list = useCursorList<ParkingSession>('/admin/parking/sessions', { lot_id: lotId, status });
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <LotSelect id="sessions-lot" lots={lots} value={lotId} onChange={setLotId} />
        <LabelSelect
          id="sessions-status"
          labels={SESSION_STATUS}
          placeholder="全部状态"
          value={status}
          onChange={setStatus}
        />
        <Button onClick={() => void list.reload()}>刷新</Button>
      </Space>
      <PageState remote={list} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的停车记录">
        {(d) => (
          <>
            <Table<ParkingSession>
              rowKey="id"
              size="small"
              className="sessions-table"
              loading={list.loading}
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: '车牌', dataIndex: 'plate', className: 'col-plate' },
                { title: '车型', dataIndex: 'vehicle_class', render: (c: string) => VEHICLE_CLASS[c] ?? c },
                { title: '停车场', dataIndex: 'lot_id', render: (id: string) => lotName(lots, id) },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (s: string) => <LabelTag label={labelOf(SESSION_STATUS, s)} />,
                },
                { title: '入场时间', dataIndex: 'entry_at', render: cst },
                {
                  title: '出场时间',
                  render: (_, s) => (
                    <>
                      {cst(s.exit_at)} {s.exit_offline ? <Tag>离线出场</Tag> : null}
                    </>
                  ),
                },
                { title: '停车时长', render: (_, s) => durationText(stayMinutes(s.entry_at, s.exit_at)) },
                {
                  title: '停车费',
                  align: 'right',
                  render: (_, s) =>
                    s.exit_at ? (
                      yuan(s.fee_fen)
                    ) : (
                      <Typography.Text type="secondary">出场时计费</Typography.Text>
                    ),
                },
                { title: '已缴（含券）', dataIndex: 'covered_fen', align: 'right', render: yuan },
                { title: '券抵扣', dataIndex: 'discount_fen', align: 'right', render: yuan },
                {
                  title: '预付有效至',
                  dataIndex: 'paid_until',
                  render: (t: string | null, s) => (s.status === 'prepaid' ? cst(t) : '—'),
                },
              ]}
            />
            <LoadMore list={list} className="sessions-more" />
          </>
        )}
      </PageState>
    </>
  );
}
