import { Table, Tabs } from 'antd';
import { api } from '../../api';
import type { ItemOf, ResponseOf } from '../../api-types';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { TRANSIT_DESK_ACTION_LABEL, transitLabel } from '../../i18n/labels';
import { Devices } from './Devices';
import { Fares } from './Fares';
import { Journeys } from './Journeys';
import { NetworkContext } from './network';

// 轨道交通: journeys and the service desk, the fare table's preview and GTFS export, gates and TVMs,
// and the desk's audited actions. Names come from the active network; money in yuan; Beijing time.

type DeskRow = ItemOf<'getAdminTransitDeskActions'>;

function DeskLog() {
  const remote = useRemote(
    () => api<ResponseOf<'getAdminTransitDeskActions'>>('/admin/transit/desk-actions?limit=100'),
    [],
  );
  return (
    <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="暂无乘客事务记录">
      {(d) => (
        <Table<DeskRow>
          className="transit-desk-log"
          rowKey="id"
          size="small"
          dataSource={d.items}
          columns={[
            { title: '时间', render: (_, r) => cst(r.created_at) },
            { title: '事务', render: (_, r) => transitLabel(TRANSIT_DESK_ACTION_LABEL, r.action) },
            { title: '票价变化', render: (_, r) => yuan(r.amount_fen) },
            { title: '原因', dataIndex: 'reason' },
            {
              title: '经办人',
              dataIndex: 'operator_name',
              render: (_, r) => r.operator_id.replace(/^admin:/, ''),
            },
          ]}
        />
      )}
    </PageState>
  );
}

export function Transit() {
  const { can } = useAuth();
  const network = useRemote(() => api<ResponseOf<'getAdminTransitNetwork'>>('/admin/transit/network'), []);
  return (
    <PageState remote={network}>
      {(net) => (
        <NetworkContext.Provider value={net}>
          <Tabs
            items={[
              {
                key: 'journeys',
                label: '行程与乘客事务',
                children: <Journeys canAct={can('merchant_operator', 'campaign_manager')} />,
              },
              { key: 'fares', label: '票价试算与导出', children: <Fares /> },
              { key: 'devices', label: '闸机与售票机', children: <Devices /> },
              { key: 'desk', label: '乘客事务记录', children: <DeskLog /> },
            ]}
          />
        </NetworkContext.Provider>
      )}
    </PageState>
  );
}
