import { Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api';
import type { ItemOf, ResponseOf } from '../../api-types';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { TRANSIT_GATE_KIND_LABEL, TRANSIT_TVM_TICKET_STATUS_LABEL, transitLabel } from '../../i18n/labels';
import { useStationName } from './network';

// 设备: gates and tram validators with their key and blacklist sync state (a gate behind the
// blacklist lets a listed rider through until it syncs), and the TVMs with what they sold.

type Gate = ItemOf<'getAdminTransitGates'>;
type Tvm = ItemOf<'getAdminTransitTvms'>;
type TvmTicket = ItemOf<'getAdminTransitTvmTickets'>;

async function load() {
  const [gates, tvms, tickets] = await Promise.all([
    api<ResponseOf<'getAdminTransitGates'>>('/admin/transit/gates'),
    api<ResponseOf<'getAdminTransitTvms'>>('/admin/transit/tvms'),
    api<ResponseOf<'getAdminTransitTvmTickets'>>('/admin/transit/tvm-tickets'),
  ]);
  return { gates, tvms: tvms.items, tickets: tickets.items.slice(0, 20) };
}

function syncTag(g: Gate) {
  if (!g.last_sync_at) return <Tag color="red">从未同步</Tag>;
  if (g.blacklist_behind > 0) return <Tag color="orange">黑名单落后 {g.blacklist_behind} 个版本</Tag>;
  return <Tag color="green">已同步</Tag>;
}

export function Devices() {
  const remote = useRemote(load, []);
  const stationName = useStationName();
  return (
    <PageState remote={remote}>
      {(d) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Title level={5}>
            闸机与车载验票机（黑名单最新版本 {d.gates.blacklist_version}）
          </Typography.Title>
          <Table<Gate>
            className="transit-gates"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.gates.items}
            columns={[
              { title: '车站', render: (_, g) => stationName(g.station_id) },
              { title: '类型', render: (_, g) => transitLabel(TRANSIT_GATE_KIND_LABEL, g.kind) },
              { title: '同步状态', className: 'gate-sync', render: (_, g) => syncTag(g) },
              { title: '最近同步', render: (_, g) => cst(g.last_sync_at) },
              { title: '最近上传', render: (_, g) => cst(g.last_upload_at) },
            ]}
          />
          <Typography.Title level={5}>自动售票机</Typography.Title>
          <Table<Tvm>
            className="transit-tvms"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.tvms}
            columns={[
              { title: '车站', render: (_, m) => stationName(m.station_id) },
              { title: '售出', dataIndex: 'tickets' },
              {
                title: '状态',
                render: (_, m) =>
                  m.dispense_failed > 0 ? (
                    <Tag color="orange">出票失败 {m.dispense_failed} 次</Tag>
                  ) : (
                    <Tag color="green">正常</Tag>
                  ),
              },
              { title: '最近售票', render: (_, m) => cst(m.last_ticket_at) },
              { title: '登记时间', render: (_, m) => cst(m.created_at) },
            ]}
          />
          <Typography.Title level={5}>最近售票</Typography.Title>
          <Table<TvmTicket>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.tickets}
            columns={[
              {
                title: '区间',
                render: (_, t) => `${stationName(t.from_station)} → ${stationName(t.to_station)}`,
              },
              { title: '票价', render: (_, t) => yuan(t.fare_fen) },
              { title: '状态', render: (_, t) => transitLabel(TRANSIT_TVM_TICKET_STATUS_LABEL, t.status) },
              { title: '时间', render: (_, t) => cst(t.created_at) },
            ]}
          />
        </Space>
      )}
    </PageState>
  );
}
