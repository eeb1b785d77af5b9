import { Card, Tabs } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api';
import { useRemote } from '../../components/use-remote';
import { DailyReportTab } from './DailyReportTab';
import { ExceptionsTab } from './ExceptionsTab';
import { LotsTab } from './LotsTab';
import { PaymentsTab } from './PaymentsTab';
import { SessionsTab } from './SessionsTab';
import { TariffsTab } from './TariffsTab';
import type { Lot, Tariff } from './types';

export const PARKING_TABS = ['lots', 'tariffs', 'sessions', 'payments', 'exceptions', 'report'] as const;

/**
 * The parking section, one tab per path (/parking/sessions …) so a tab can be linked to. Lots and
 * tariffs are loaded once here: every tab names lots and lanes, and the lot editor offers the tariffs.
 */
export function Parking() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const lots = useRemote(() => api<{ items: Lot[] }>('/admin/parking/lots'), []);
  const tariffs = useRemote(() => api<{ items: Tariff[] }>('/admin/parking/tariffs'), []);
  if (!PARKING_TABS.includes(tab as (typeof PARKING_TABS)[number])) {
    return <Navigate to="/parking/lots" replace />;
  }
  const lotList = lots.data?.items ?? [];
  return (
    <Card title="停车收费">
      <Tabs
        className="parking-tabs"
        activeKey={tab}
        onChange={(k) => navigate(`/parking/${k}`)}
        items={[
          {
            key: 'lots',
            label: '停车场',
            children: <LotsTab lots={lots} tariffs={tariffs.data?.items ?? []} />,
          },
          { key: 'tariffs', label: '收费标准', children: <TariffsTab tariffs={tariffs} /> },
          { key: 'sessions', label: '停车记录', children: <SessionsTab lots={lotList} /> },
          { key: 'payments', label: '缴费记录', children: <PaymentsTab lots={lotList} /> },
          { key: 'exceptions', label: '异常处理', children: <ExceptionsTab lots={lotList} /> },
          { key: 'report', label: '日报', children: <DailyReportTab lots={lots} /> },
        ]}
      />
    </Card>
  );
}
