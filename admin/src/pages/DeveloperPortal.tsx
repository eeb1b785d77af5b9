import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  message,
} from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';
import type { ItemOf, ResponseOf } from '../api-types';

// The APIX developer portal: partner apps and keys (with the maker-checker changes waiting), the
// product catalogue and the partner OpenAPI document, the call log with each signature verdict, a
// signature debugger, webhook deliveries with resend, and quota usage.

type App = ItemOf<'getAdminApixApps'>;
type AppDetail = ResponseOf<'getAdminApixAppsById'>;
type Change = ItemOf<'getAdminApixChanges'>;

const STATE_LABEL: Record<string, { text: string; color: string }> = {
  DRAFT: { text: '草稿', color: 'default' },
  SANDBOX_ACTIVE: { text: '沙箱可用', color: 'blue' },
  PROD_REVIEW: { text: '生产审核中（待复核）', color: 'orange' },
  PROD_ACTIVE: { text: '生产可用', color: 'green' },
  SUSPENDED: { text: '已暂停', color: 'red' },
  RETIRED: { text: '已下线', color: 'default' },
};

const fail = (err: unknown) => message.error(err instanceof ApiError ? err.message : '操作失败，请重试');

function AppsTab({ onPick }: { onPick: (id: string) => void }) {
  const apps = useRemote(() => api<{ items: App[] }>('/admin/apix/apps'), []);
  const changes = useRemote(() => api<{ items: Change[] }>('/admin/apix/changes?status=pending'), []);
  const decide = async (id: string, decision: 'approve' | 'reject') => {
    try {
      await api(`/admin/apix/changes/${id}/decision`, { method: 'POST', body: { decision } });
      message.success(decision === 'approve' ? '已批准并生效' : '已驳回');
      await Promise.all([changes.reload(), apps.reload()]);
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageState remote={changes} isEmpty={() => false}>
        {(data) =>
          data.items.length ? (
            <Alert
              type="warning"
              message={`${data.items.length} 项应用变更待复核（提出人不能自己批准）`}
              description={
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={data.items}
                  columns={[
                    { title: '变更', dataIndex: 'summary' },
                    { title: '提出人', dataIndex: 'proposed_by' },
                    { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
                    {
                      title: '',
                      key: 'act',
                      render: (_: unknown, c: Change) => (
                        <Space>
                          <Button size="small" type="primary" onClick={() => decide(c.id, 'approve')}>
                            批准
                          </Button>
                          <Button size="small" danger onClick={() => decide(c.id, 'reject')}>
                            驳回
                          </Button>
                        </Space>
                      ),
                    },
                  ]}
                />
              }
            />
          ) : null
        }
      </PageState>
      <PageState remote={apps} empty="尚无合作方应用" isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            onRow={(r) => ({ onClick: () => onPick(r.id) })}
            columns={[
              { title: '应用', dataIndex: 'name', render: (v: string, r: App) => `${r.org_name} / ${v}` },
              { title: 'app_id', dataIndex: 'id' },
              {
                title: '状态',
                dataIndex: 'state',
                render: (s: string) => <Tag color={STATE_LABEL[s]?.color}>{STATE_LABEL[s]?.text ?? s}</Tag>,
              },
              { title: '档位', dataIndex: 'tier' },
              { title: '产品数', dataIndex: 'products', render: (p: string[]) => p.length },
            ]}
          />
        )}
      </PageState>
    </Space>
  );
}

function AppDetailCard({ id }: { id: string }) {
  const app = useRemote(() => api<AppDetail>(`/admin/apix/apps/${id}`), [id]);
  const chain = useRemote(
    () => api<ResponseOf<'getAdminApixAppsByIdActions'>>(`/admin/apix/apps/${id}/actions`),
    [id],
  );
  const usage = useRemote(
    () => api<ResponseOf<'getAdminApixAppsByIdQuotaUsage'>>(`/admin/apix/apps/${id}/quota-usage`),
    [id],
  );
  const deliveries = useRemote(
    () => api<ResponseOf<'getAdminApixAppsByIdDeliveries'>>(`/admin/apix/apps/${id}/deliveries`),
    [id],
  );
  const resend = async (deliveryId: string) => {
    try {
      await api(`/admin/apix/apps/${id}/deliveries/${deliveryId}/resend`, { method: 'POST' });
      message.success('已重新排队推送（事件 ID 不变）');
      await deliveries.reload();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Card title={`应用 ${id}`}>
      <PageState remote={app}>
        {(a) => (
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="状态">
              <Tag color={STATE_LABEL[a.state]?.color}>{STATE_LABEL[a.state]?.text}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="IP 白名单">
              {a.ip_allowlist.join(', ') || '（沙箱不校验）'}
            </Descriptions.Item>
            <Descriptions.Item label="密钥" span={2}>
              <Space direction="vertical">
                {a.credentials.map((c) => (
                  <span key={c.serial_no}>
                    <Tag>{c.environment === 'production' ? '生产' : '沙箱'}</Tag>
                    <Tag color={c.status === 'active' ? 'green' : 'default'}>
                      {c.status === 'active' ? '有效' : '已停用'}
                    </Tag>
                    {c.scheme} · {c.serial_no} {c.secret_hint ?? ''}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        )}
      </PageState>
      <PageState remote={chain}>
        {(c) => (
          <Alert
            type={c.chain_valid ? 'success' : 'error'}
            style={{ margin: '12px 0' }}
            message={
              c.chain_valid
                ? `操作记录哈希链完整（${c.items.length} 条）`
                : `操作记录哈希链在第 ${c.broken_at_seq} 条断裂：记录被改动过`
            }
          />
        )}
      </PageState>
      <Tabs
        items={[
          {
            key: 'deliveries',
            label: '回调推送',
            children: (
              <PageState remote={deliveries} empty="暂无推送" isEmpty={(d) => d.items.length === 0}>
                {(d) => (
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={d.items}
                    columns={[
                      { title: '事件', dataIndex: 'event_id' },
                      { title: '类型', dataIndex: 'event_type' },
                      {
                        title: '状态',
                        dataIndex: 'status',
                        render: (s: string, r) =>
                          s === 'pending'
                            ? `等待重试（第 ${r.attempts} 次失败，下次 ${cst(r.next_attempt_at)}）`
                            : s === 'delivered'
                              ? '已送达'
                              : `失败：${r.last_error ?? r.last_status_code ?? ''}`,
                      },
                      {
                        title: '',
                        key: 'resend',
                        render: (_: unknown, r) => (
                          <Button size="small" onClick={() => resend(r.id)}>
                            重新推送
                          </Button>
                        ),
                      },
                    ]}
                  />
                )}
              </PageState>
            ),
          },
          {
            key: 'quota',
            label: '配额使用（近 1 小时）',
            children: (
              <PageState remote={usage} empty="近 1 小时无调用" isEmpty={(d) => d.items.length === 0}>
                {(d) => (
                  <Table
                    rowKey={(r) => `${r.operation_code}-${r.verdict}`}
                    size="small"
                    dataSource={d.items}
                    columns={[
                      { title: '产品', dataIndex: 'operation_code' },
                      {
                        title: '结果',
                        dataIndex: 'verdict',
                        render: (v: string) => <Tag color={v === 'OK' ? 'green' : 'red'}>{v}</Tag>,
                      },
                      { title: '次数', dataIndex: 'calls' },
                    ]}
                  />
                )}
              </PageState>
            ),
          },
        ]}
      />
    </Card>
  );
}

function CallsTab() {
  const calls = useRemote(() => api<ResponseOf<'getAdminApixCalls'>>('/admin/apix/calls?limit=100'), []);
  return (
    <PageState remote={calls} empty="暂无调用" isEmpty={(d) => d.items.length === 0}>
      {(d) => (
        <Table
          rowKey="id"
          size="small"
          dataSource={d.items}
          columns={[
            { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
            { title: '应用', dataIndex: 'app_id' },
            { title: '请求', key: 'req', render: (_: unknown, r) => `${r.method} ${r.path}` },
            { title: '状态', dataIndex: 'status' },
            { title: '耗时', dataIndex: 'latency_ms', render: (v: number) => `${v} ms` },
            {
              title: '签名结论',
              dataIndex: 'verdict',
              render: (v: string) => <Tag color={v === 'OK' ? 'green' : 'red'}>{v}</Tag>,
            },
          ]}
        />
      )}
    </PageState>
  );
}

function CatalogueTab() {
  const cat = useRemote(() => api<ResponseOf<'getAdminApixCatalogue'>>('/admin/apix/catalogue'), []);
  return (
    <PageState remote={cat}>
      {(d) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <a href="/api/v1/open/v1/openapi.json" target="_blank" rel="noreferrer">
            合作方 API 的 OpenAPI 文档
          </a>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={d.items}
            columns={[
              { title: 'U_API_ID', dataIndex: 'code' },
              { title: '产品', dataIndex: 'name' },
              {
                title: '等级',
                dataIndex: 'level',
                render: (v: string, r) => (
                  <Tag color={v === 'A2' ? 'volcano' : 'blue'}>
                    {v}
                    {r.acts_for_citizen ? ' · 需市民授权+二次确认' : ''}
                  </Tag>
                ),
              },
              { title: '接口', key: 'path', render: (_: unknown, r) => `${r.method} ${r.path}` },
              { title: '签名方式', dataIndex: 'schemes', render: (s: string[]) => s.join(' / ') },
            ]}
          />
        </Space>
      )}
    </PageState>
  );
}

function DebuggerTab() {
  const [result, setResult] = useState<ResponseOf<'postAdminApixSignatureDebugger'> | null>(null);
  const onFinish = async (v: Record<string, string>) => {
    try {
      setResult(
        await api('/admin/apix/signature-debugger', { method: 'POST', body: { ...v, body: v.body ?? '' } }),
      );
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Form
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ method: 'GET', scheme: 'APIX-SM2-WITH-SM3' }}
    >
      <Space wrap>
        <Form.Item name="method" label="方法">
          <Select style={{ width: 100 }} options={['GET', 'POST'].map((m) => ({ value: m }))} />
        </Form.Item>
        <Form.Item name="url" label="URL（路径+查询串）" rules={[{ required: true }]}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="scheme" label="算法">
          <Select
            style={{ width: 220 }}
            options={['APIX-SM2-WITH-SM3', 'APIX-SHA256-RSA2048', 'APIX-HMAC-SHA256', 'APIX-HMAC-SM3'].map(
              (m) => ({ value: m }),
            )}
          />
        </Form.Item>
        <Form.Item name="app_id" label="app_id" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="serial_no" label="serial_no" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="timestamp" label="timestamp" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nonce_str" label="nonce_str" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item name="body" label="请求体（原样）">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="signature" label="signature（base64）" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" type="primary">
        验证
      </Button>
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type={result.valid ? 'success' : 'error'}
          message={result.valid ? '签名正确' : `签名不通过：${result.verdict}`}
          description={<pre data-testid="string-to-sign">{result.string_to_sign}</pre>}
        />
      )}
    </Form>
  );
}

export default function DeveloperPortal() {
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <Card title="开放平台（APIX）">
      <Tabs
        items={[
          {
            key: 'apps',
            label: '应用与密钥',
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <AppsTab onPick={setPicked} />
                {picked && <AppDetailCard id={picked} />}
              </Space>
            ),
          },
          { key: 'catalogue', label: '产品目录', children: <CatalogueTab /> },
          { key: 'calls', label: '调用日志', children: <CallsTab /> },
          { key: 'debugger', label: '签名调试', children: <DebuggerTab /> },
        ]}
      />
    </Card>
  );
}
