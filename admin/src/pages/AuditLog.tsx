import { Button, Card, DatePicker, Input, Select, Space, Table, message } from 'antd';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, session, type Page } from '../api';
import { datePresets } from '../components/date-presets';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, dayKey } from '../format';
import { ACTION_LABEL, ACTOR_TYPE_LABEL, ENTITY_LABEL, actionLabel } from '../i18n/labels';
import { changesText } from '../i18n/values';
import type { ItemOf } from '../api-types';

type Entry = ItemOf<'getAdminAuditLogs'>;

/** Beijing days (YYYY-MM-DD, both included) → the API's range: from that midnight to the next one's. */
export function rangeQuery(first: string, last: string): { from: string; to: string } {
  const next = new Date(`${last}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: `${first}T00:00:00+08:00`, to: `${next.toISOString().slice(0, 10)}T00:00:00+08:00` };
}

/** Who did it, by name (staff) or kind (system, citizen). */
function actorText(e: Entry): string {
  if (e.actor.type === 'admin') return e.actor.name ?? `员工 ${e.actor.id}`;
  if (e.actor.type === 'system') return '系统';
  return `${ACTOR_TYPE_LABEL[e.actor.type] ?? e.actor.type} ${e.actor.id}`;
}

/** The filtered log as CSV, through the masked exporter (GET /admin/audit-logs/export, audited). */
async function exportCsv(query: string) {
  const res = await fetch(`/api/v1/admin/audit-logs/export?${query}`, {
    headers: { authorization: `Bearer ${session.token() ?? ''}` },
  });
  if (!res.ok) {
    message.error('导出失败，请稍后重试');
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `audit-log-${dayKey(new Date())}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

export function AuditLog() {
  const [entityType, setEntityType] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const params = new URLSearchParams({ limit: '200' });
  if (days) {
    const r = rangeQuery(days[0].format('YYYY-MM-DD'), days[1].format('YYYY-MM-DD'));
    params.set('from', r.from);
    params.set('to', r.to);
  }
  if (entityType) params.set('entity_type', entityType);
  if (entityId) params.set('entity_id', entityId);
  if (action) params.set('action', action);
  const exportQuery = new URLSearchParams(params);
  exportQuery.delete('limit');
  const remote = useRemote(() => api<Page<Entry>>(`/admin/audit-logs?${params}`), [params.toString()]);
  return (
    <Card title="审计日志">
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label="对象类型"
          placeholder="对象类型"
          style={{ width: 160 }}
          value={entityType}
          onChange={setEntityType}
          options={Object.entries(ENTITY_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search
          aria-label="对象编号"
          placeholder="对象编号"
          allowClear
          onSearch={setEntityId}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label="操作"
          placeholder="操作"
          style={{ width: 180 }}
          value={action}
          onChange={setAction}
          options={Object.entries(ACTION_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <DatePicker.RangePicker
          className="audit-range"
          aria-label="日期范围（北京时间）"
          placeholder={['开始日期', '结束日期']}
          presets={datePresets()}
          value={days}
          onChange={(v) => setDays(v && v[0] && v[1] ? [v[0], v[1]] : null)}
        />
        <Button className="audit-export" onClick={() => void exportCsv(exportQuery.toString())}>
          导出 CSV
        </Button>
      </Space>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的记录">
        {(d) => (
          <Table<Entry>
            rowKey="id"
            size="small"
            className="audit-table"
            dataSource={d.items}
            columns={[
              { title: '时间（北京）', dataIndex: 'created_at', width: 170, render: cst },
              {
                title: '操作人',
                width: 210,
                render: (_, e) => <span title={e.actor.id}>{actorText(e)}</span>,
              },
              { title: '操作', dataIndex: 'action', width: 160, render: (a: string) => actionLabel(a) },
              {
                title: '对象',
                width: 260,
                render: (_, e) => (
                  <span title={e.entity_id}>
                    {`${ENTITY_LABEL[e.entity_type] ?? e.entity_type} ${e.entity_name ?? e.entity_id}`}
                  </span>
                ),
              },
              { title: '变更', render: (_, e) => changesText(e.changes) },
              { title: '备注', dataIndex: 'comment', width: 160, render: (c) => c ?? '' },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
