import { Button, DatePicker, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import type { ResponseOf } from '../../api-types';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import {
  TRANSIT_JOURNEY_STATUS_LABEL,
  TRANSIT_RIDER_CATEGORY_LABEL,
  TRANSIT_RULE_LABEL,
  transitLabel,
} from '../../i18n/labels';
import { DeskDialog, type DeskAction, type Journey } from './DeskDialog';
import { useStationOptions } from './network';

// 行程: journeys filtered by station, state and Beijing day, each with the desk actions the server
// allows on it (an owed journey: add the missing tap if a record is missing, or waive it).

const STATUS_COLOR: Record<string, string> = {
  charging: 'processing',
  paid: 'green',
  debt: 'red',
  settled: 'default',
  waived: 'purple',
};
type Status = NonNullable<Journey['status']>;
type Filter = { station?: string; status?: Status; day?: string };

const query = (f: Filter) => {
  const q = new URLSearchParams({ limit: '100' });
  if (f.station) q.set('station', f.station);
  if (f.status) q.set('status', f.status);
  if (f.day) q.set('day', f.day);
  return q.toString();
};

function actionsFor(j: Journey): DeskAction[] {
  const out: DeskAction[] = [];
  if (j.status === 'debt' && (j.rule === 'unpaired_entry' || j.rule === 'unpaired_exit'))
    out.push('add_missing_tap');
  if (j.status === 'debt') out.push('waive');
  if (j.user_id) out.push('set_rider_category');
  return out;
}

const ACTION_BUTTON: Record<DeskAction, string> = {
  add_missing_tap: '补录记录',
  waive: '核销欠费',
  set_rider_category: '乘客类别',
};

export function Journeys({ canAct }: { canAct: boolean }) {
  const [filter, setFilter] = useState<Filter>({});
  const [desk, setDesk] = useState<{ journey: Journey; action: DeskAction } | null>(null);
  const stations = useStationOptions();
  const remote = useRemote(
    () => api<ResponseOf<'getAdminTransitJourneys'>>(`/admin/transit/journeys?${query(filter)}`),
    [filter.station, filter.status, filter.day],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          className="journey-filter-station"
          aria-label="车站"
          placeholder="车站"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          options={stations}
          onChange={(v?: string) => setFilter((f) => ({ ...f, station: v }))}
        />
        <Select
          className="journey-filter-status"
          aria-label="状态"
          placeholder="状态"
          allowClear
          style={{ width: 160 }}
          options={Object.entries(TRANSIT_JOURNEY_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
          onChange={(v?: Status) => setFilter((f) => ({ ...f, status: v }))}
        />
        <DatePicker
          className="journey-filter-day"
          aria-label="日期"
          placeholder="日期（北京时间）"
          onChange={(d) => setFilter((f) => ({ ...f, day: d ? d.format('YYYYMMDD') : undefined }))}
        />
        <Button onClick={() => void remote.reload()}>刷新</Button>
      </Space>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的行程">
        {(d) => (
          <Table<Journey>
            className="transit-journeys"
            rowKey="id"
            dataSource={d.items}
            pagination={{ pageSize: 20 }}
            size="small"
            columns={[
              { title: '进站', render: (_, j) => j.entry_station_name ?? '—' },
              {
                title: '出站',
                render: (_, j) => j.exit_station_name ?? (j.kind === 'tram' ? '（有轨电车）' : '—'),
              },
              { title: '进站时间', render: (_, j) => cst(j.entered_at) },
              { title: '出站时间', render: (_, j) => cst(j.exited_at) },
              { title: '计费规则', render: (_, j) => transitLabel(TRANSIT_RULE_LABEL, j.rule) },
              {
                title: '乘客类别',
                render: (_, j) => transitLabel(TRANSIT_RIDER_CATEGORY_LABEL, j.rider_category),
              },
              { title: '票价', className: 'journey-fare', render: (_, j) => yuan(j.fare_fen) },
              { title: '已付', render: (_, j) => yuan(j.paid_fen) },
              {
                title: '状态',
                className: 'journey-status',
                render: (_, j) => (
                  <Tag color={STATUS_COLOR[j.status]}>
                    {transitLabel(TRANSIT_JOURNEY_STATUS_LABEL, j.status)}
                  </Tag>
                ),
              },
              {
                title: '乘客事务',
                render: (_, j) =>
                  canAct ? (
                    <Space size={4}>
                      {actionsFor(j).map((a) => (
                        <Button
                          key={a}
                          size="small"
                          className={`desk-open desk-open--${a}`}
                          onClick={() => setDesk({ journey: j, action: a })}
                        >
                          {ACTION_BUTTON[a]}
                        </Button>
                      ))}
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </PageState>
      {desk ? (
        <DeskDialog
          journey={desk.journey}
          action={desk.action}
          onClose={() => setDesk(null)}
          onDone={() => {
            setDesk(null);
            void remote.reload();
          }}
        />
      ) : null}
    </Space>
  );
}
