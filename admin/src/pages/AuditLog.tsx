import { Button, Card, Input, Select, Space, Table, message } from 'antd';
import { useState } from 'react';
import { api, session, type Page } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { STATUS_LABEL, cst, dayKey, yuan } from '../format';
import type { ItemOf } from '../api-types';

type Entry = ItemOf<'getAdminAuditLogs'>;

const ACTION_LABEL: Record<string, string> = {
  'campaign.create': '创建活动',
  'campaign.update': '修改活动',
  'campaign.submit': '提交审批',
  'campaign.approve': '批准活动',
  'campaign.reject': '驳回活动',
  'campaign.revise': '退回修改',
  'campaign.start': '活动开始',
  'campaign.pause': '暂停',
  'campaign.resume': '恢复',
  'campaign.stop': '提前结束',
  'campaign.end': '活动结束',
  'campaign.settle': '活动结算',
  'funder.create': '登记资金方',
  'funder.deposit': '登记入金',
  'merchant.create': '登记商户',
  'coupon.lookup': '查询券码',
  'coupon.redeem': '核销',
  'coupon.refund': '退券',
  'coupon.expire': '券过期',
  'red_packet.expire': '红包过期',
  'risk_review.approve': '风控放行',
  'risk_review.reject': '风控拒绝',
  'risk_list.add': '加入黑白名单',
  'risk_list.remove': '移出黑白名单',
  'rule_set.create': '新建规则版本',
  'payment.cancel': '取消付款',
  'pii.unmask': '查看明文个人信息',
  'export.csv': '导出 CSV',
  'auth.lockout': '登录锁定',
  'bank_order_exception.resolve': '处理银行订单异常',
  'parking.lot_update': '修改停车场设置',
  'parking.exception_resolve': '处理停车异常',
  'parking.release': '人工放行',
  'parking.plate_verify': '车牌核验',
  'parking.plate_remove': '删除车牌',
  'parking.plate_displaced': '车牌被他人认证',
  'user.verify_identity': '实名认证',
  'user.identity_review_open': '实名争议待审',
  'user.identity_review_resolve': '实名争议处理',
  'user.identity_revoke': '撤销实名',
};

const ENTITY_LABEL: Record<string, string> = {
  campaign: '活动',
  funder: '资金方',
  merchant: '商户',
  rule_set: '规则',
  claim: '领取',
  coupon: '券',
  payment: '付款',
  user: '用户',
  risk_list: '黑白名单',
  parking_lot: '停车场',
  parking_exception: '停车异常',
  bank_order: '银行订单',
};

const FIELD_LABEL: Record<string, string> = {
  status: '状态',
  name: '名称',
  amount_fen: '金额',
  budget_fen: '预算',
  reserved_fen: '冻结预算',
  discount_fen: '优惠',
  order_amount_fen: '订单金额',
  reference: '凭证号',
  comment: '意见',
};

/** One value as a person reads it: yuan for *_fen, Chinese statuses, nested values as key: value. */
function valueText(key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (key.endsWith('_fen') && typeof v === 'number') return yuan(v);
  if (key === 'status' && typeof v === 'string') return STATUS_LABEL[v] ?? v;
  if (Array.isArray(v)) return v.map((x) => valueText(key, x)).join('、') || '—';
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${FIELD_LABEL[k] ?? k} ${valueText(k, x)}`)
      .join('，');
  return String(v);
}

/** Changes as "field: from → to" lines rather than raw JSON. */
export function changesText(changes: unknown): string {
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .map(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && 'to' in (v as object)
        ? `${FIELD_LABEL[k] ?? k}: ${valueText(k, (v as { from: unknown }).from)} → ${valueText(k, (v as { to: unknown }).to)}`
        : `${FIELD_LABEL[k] ?? k}: ${valueText(k, v)}`,
    )
    .join('；');
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
  const params = new URLSearchParams({ limit: '200' });
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
          placeholder="对象类型"
          style={{ width: 140 }}
          value={entityType}
          onChange={setEntityType}
          options={Object.entries(ENTITY_LABEL).map(([value, label]) => ({ value, label }))}
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
                render: (_, e) =>
                  e.actor.type === 'admin'
                    ? `员工 ${e.actor.id}`
                    : e.actor.type === 'system'
                      ? '系统'
                      : e.actor.id,
              },
              { title: '操作', dataIndex: 'action', width: 140, render: (a: string) => ACTION_LABEL[a] ?? a },
              {
                title: '对象',
                width: 260,
                render: (_, e) => `${ENTITY_LABEL[e.entity_type] ?? e.entity_type} ${e.entity_id}`,
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
