import { Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';
import type { ItemOf } from '../api-types';

type Entry = ItemOf<'getAdminAuditLogs'>;

const ACTION_LABEL: Record<string, string> = {
  'campaign.create': '创建活动',
  'campaign.update': '修改活动',
  'campaign.submit': '提交审批',
  'campaign.approve': '批准活动',
  'campaign.reject': '驳回活动',
  'campaign.pause': '暂停',
  'campaign.resume': '恢复',
  'campaign.stop': '提前结束',
  'pii.unmask': '查看明文个人信息',
  'parking.lot_update': '修改停车场设置',
  'parking.exception_resolve': '处理停车异常',
};

/** Changes as "field: from → to" lines rather than raw JSON. */
function changesText(changes: unknown): string {
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .map(([k, v]) =>
      v && typeof v === 'object' && 'to' in (v as object)
        ? `${k}: ${String((v as { from: unknown }).from ?? '—')} → ${String((v as { to: unknown }).to ?? '—')}`
        : `${k}: ${Array.isArray(v) ? `${v.length} 项` : String(v)}`,
    )
    .join('；');
}

export function AuditLog() {
  const [entityType, setEntityType] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const params = new URLSearchParams({ limit: '200' });
  if (entityType) params.set('entity_type', entityType);
  if (entityId) params.set('entity_id', entityId);
  if (action) params.set('action', action);
  const remote = useRemote(() => api<Page<Entry>>(`/admin/audit-logs?${params}`), [params.toString()]);
  return (
    <Card title="审计日志">
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          placeholder="对象类型"
          style={{ width: 140 }}
          value={entityType}
          onChange={setEntityType}
          options={[
            'campaign',
            'funder',
            'merchant',
            'rule_set',
            'claim',
            'payment',
            'user',
            'parking_lot',
            'parking_exception',
          ].map((v) => ({
            value: v,
            label: v,
          }))}
        />
        <Input.Search placeholder="对象编号" allowClear onSearch={setEntityId} style={{ width: 260 }} />
        <Select
          allowClear
          placeholder="操作"
          style={{ width: 180 }}
          value={action}
          onChange={setAction}
          options={Object.entries(ACTION_LABEL).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的记录">
        {(d) => (
          <Table<Entry>
            rowKey="id"
            size="small"
            className="audit-table"
            dataSource={d.items}
            columns={[
              { title: '时间', dataIndex: 'created_at', width: 170, render: cst },
              { title: '操作人', width: 210, render: (_, e) => `${e.actor.type}:${e.actor.id}` },
              { title: '操作', dataIndex: 'action', width: 140, render: (a: string) => ACTION_LABEL[a] ?? a },
              { title: '对象', width: 260, render: (_, e) => `${e.entity_type} ${e.entity_id}` },
              { title: '变更', render: (_, e) => changesText(e.changes) },
              { title: '备注', dataIndex: 'comment', width: 160, render: (c) => c ?? '' },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
