import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';
import type { ResponseOf } from '../api-types';

// The developer portal as a partner user sees it: their organisation's apps only, each with its keys
// (no secrets; a production API key can be read once), the call log with signature verdicts, webhook
// endpoints and deliveries, and the last hour's quota use. The server scopes every read.

type AppDetail = ResponseOf<'getPartnerApixAppsById'>;
type ApiKey = AppDetail['api_keys'][number];

const STATE_LABEL: Record<string, string> = {
  DRAFT: '草稿',
  SANDBOX_ACTIVE: '沙箱可用',
  PROD_REVIEW: '生产审核中',
  PROD_ACTIVE: '生产可用',
  SUSPENDED: '已暂停',
  RETIRED: '已下线',
};

function KeysCard({ app, onChange }: { app: AppDetail; onChange: () => void }) {
  const [shown, setShown] = useState<string | null>(null);
  const reveal = async (k: ApiKey) => {
    try {
      const r = await api<ResponseOf<'postPartnerApixAppsByIdApiKeysBySerialReveal'>>(
        `/partner/apix/apps/${app.id}/api-keys/${k.serial_no}/reveal`,
        { method: 'POST' },
      );
      setShown(r.api_key);
      onChange();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败，请重试');
    }
  };
  return (
    <Card size="small" title="密钥">
      {shown ? (
        <Alert
          type="warning"
          message="API 密钥只显示这一次，请立即妥善保存"
          description={<Typography.Text copyable>{shown}</Typography.Text>}
        />
      ) : null}
      <Table
        rowKey="serial_no"
        size="small"
        pagination={false}
        dataSource={app.credentials}
        columns={[
          { title: '签名密钥序列号', dataIndex: 'serial_no' },
          { title: '环境', dataIndex: 'environment' },
          { title: '算法', dataIndex: 'scheme' },
          { title: '状态', dataIndex: 'status' },
        ]}
      />
      <Table
        rowKey="serial_no"
        size="small"
        pagination={false}
        dataSource={app.api_keys}
        columns={[
          { title: 'API 密钥（字段加密）', dataIndex: 'serial_no' },
          { title: '环境', dataIndex: 'environment' },
          { title: '算法', dataIndex: 'algorithm' },
          { title: '状态', dataIndex: 'status' },
          {
            title: '',
            key: 'reveal',
            render: (_: unknown, k: ApiKey) =>
              k.revealed || k.status !== 'active' ? (
                '已查看'
              ) : (
                <Button size="small" onClick={() => reveal(k)}>
                  查看一次
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

function AppCard({ id }: { id: string }) {
  const app = useRemote(() => api<AppDetail>(`/partner/apix/apps/${id}`), [id]);
  const calls = useRemote(
    () => api<ResponseOf<'getPartnerApixAppsByIdCalls'>>(`/partner/apix/apps/${id}/calls?limit=50`),
    [id],
  );
  const deliveries = useRemote(
    () => api<ResponseOf<'getPartnerApixAppsByIdDeliveries'>>(`/partner/apix/apps/${id}/deliveries`),
    [id],
  );
  const usage = useRemote(
    () => api<ResponseOf<'getPartnerApixAppsByIdQuotaUsage'>>(`/partner/apix/apps/${id}/quota-usage`),
    [id],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageState remote={app} isEmpty={() => false}>
        {(a) => (
          <Card title={`${a.name}（${a.id}）`}>
            <Descriptions size="small" column={3}>
              <Descriptions.Item label="状态">{STATE_LABEL[a.state] ?? a.state}</Descriptions.Item>
              <Descriptions.Item label="档位">{a.tier}</Descriptions.Item>
              <Descriptions.Item label="产品数">{a.products.length}</Descriptions.Item>
            </Descriptions>
            <KeysCard app={a} onChange={() => void app.reload()} />
          </Card>
        )}
      </PageState>
      <PageState remote={usage} isEmpty={() => false}>
        {(u) => (
          <Card size="small" title="近一小时调用量">
            <Table
              rowKey={(r) => `${r.operation_code}:${r.verdict}`}
              size="small"
              pagination={false}
              dataSource={u.items}
              columns={[
                { title: '产品', dataIndex: 'operation_code' },
                { title: '结果', dataIndex: 'verdict' },
                { title: '次数', dataIndex: 'calls' },
              ]}
            />
          </Card>
        )}
      </PageState>
      <PageState remote={calls} empty="尚无调用" isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Card size="small" title="调用日志">
            <Table
              rowKey="id"
              size="small"
              dataSource={d.items}
              columns={[
                { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
                { title: '方法', dataIndex: 'method' },
                { title: '路径', dataIndex: 'path' },
                { title: '状态码', dataIndex: 'status' },
                { title: '验签结果', dataIndex: 'verdict' },
                { title: '耗时 ms', dataIndex: 'latency_ms' },
              ]}
            />
          </Card>
        )}
      </PageState>
      <PageState remote={deliveries} empty="尚无回调推送" isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Card size="small" title="回调推送">
            <Table
              rowKey="id"
              size="small"
              dataSource={d.items}
              columns={[
                { title: '事件', dataIndex: 'event_type' },
                { title: '事件 ID', dataIndex: 'event_id' },
                { title: '状态', dataIndex: 'status' },
                { title: '次数', dataIndex: 'attempts' },
              ]}
            />
          </Card>
        )}
      </PageState>
    </Space>
  );
}

export default function PartnerPortal() {
  const apps = useRemote(() => api<ResponseOf<'getPartnerApixApps'>>('/partner/apix/apps'), []);
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageState remote={apps} empty="本机构尚无应用" isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <Card title={`${data.org_name ?? ''} 的应用`}>
            <Table
              rowKey="id"
              dataSource={data.items}
              onRow={(r) => ({ onClick: () => setPicked(r.id) })}
              columns={[
                { title: '应用', dataIndex: 'name' },
                { title: 'app_id', dataIndex: 'id' },
                {
                  title: '状态',
                  dataIndex: 'state',
                  render: (s: string) => <Tag>{STATE_LABEL[s] ?? s}</Tag>,
                },
                { title: '更新时间', dataIndex: 'updated_at', render: (v: string) => cst(v) },
              ]}
              pagination={false}
            />
          </Card>
        )}
      </PageState>
      {picked ? <AppCard id={picked} /> : null}
      {picked ? null : (
        <Typography.Text type="secondary">点击应用查看密钥、调用日志、回调与配额</Typography.Text>
      )}
    </Space>
  );
}
