import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tabs, Tag, message } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, yuan } from '../format';

type Held = {
  id: string;
  campaign_id: string;
  campaign_name?: string;
  user_id: string;
  amount_fen: number;
  risk_reasons: string[] | string | null;
  facts?: unknown;
  created_at: string;
};
type ListEntry = {
  id: string;
  list: 'block' | 'allow';
  subject_type: string;
  value: string;
  reason: string | null;
  created_at: string;
};

function reasons(r: Held['risk_reasons']): string[] {
  if (!r) return [];
  return Array.isArray(r) ? r : String(r).split(',');
}

function ReviewQueue() {
  const remote = useRemote(() => api<{ items: Held[] }>('/admin/risk/reviews'), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function decide(decision: 'approve' | 'reject') {
    setBusy(true);
    try {
      await api('/admin/risk/reviews/decisions', { method: 'POST', body: { claim_ids: selected, decision } });
      message.success(
        decision === 'approve' ? `已放行 ${selected.length} 笔` : `已拒绝 ${selected.length} 笔，预算已退回`,
      );
      setSelected([]);
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          disabled={!selected.length}
          loading={busy}
          onClick={() => void decide('approve')}
        >
          放行所选（{selected.length}）
        </Button>
        <Popconfirm
          title="拒绝后预算退回活动，领取作废"
          onConfirm={() => void decide('reject')}
          okText="拒绝"
          cancelText="取消"
        >
          <Button danger disabled={!selected.length} loading={busy}>
            拒绝所选
          </Button>
        </Popconfirm>
      </Space>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有待审核的领取">
        {(d) => (
          <Table<Held>
            rowKey="id"
            size="small"
            rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]) }}
            dataSource={d.items}
            columns={[
              { title: '时间', dataIndex: 'created_at', render: cst },
              { title: '活动', render: (_, h) => h.campaign_name ?? h.campaign_id },
              { title: '用户', dataIndex: 'user_id' },
              { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
              {
                title: '触发原因',
                render: (_, h) => reasons(h.risk_reasons).map((r) => <Tag key={r}>{r}</Tag>),
              },
            ]}
          />
        )}
      </PageState>
    </>
  );
}

function Lists() {
  const remote = useRemote(() => api<{ items: ListEntry[] }>('/admin/risk/lists'), []);
  const [form] = Form.useForm<{
    list: 'block' | 'allow';
    subject_type: string;
    value: string;
    reason?: string;
  }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="inline"
        initialValues={{ list: 'block', subject_type: 'device' }}
        style={{ marginBottom: 16 }}
        onFinish={async (v) => {
          setError(null);
          try {
            await api('/admin/risk/lists', { method: 'POST', body: v });
            form.resetFields(['value', 'reason']);
            await remote.reload();
          } catch (err) {
            setError(err instanceof ApiError ? err.message : '添加失败');
          }
        }}
      >
        <Form.Item name="list">
          <Select
            style={{ width: 100 }}
            options={[
              { value: 'block', label: '黑名单' },
              { value: 'allow', label: '白名单' },
            ]}
          />
        </Form.Item>
        <Form.Item name="subject_type">
          <Select
            style={{ width: 100 }}
            options={[
              { value: 'user', label: '用户' },
              { value: 'device', label: '设备' },
              { value: 'ip', label: 'IP' },
            ]}
          />
        </Form.Item>
        <Form.Item name="value" rules={[{ required: true, message: '请填写' }]}>
          <Input placeholder="用户编号 / 设备号 / IP" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="reason">
          <Input placeholder="原因" style={{ width: 200 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          添加
        </Button>
      </Form>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="名单为空">
        {(d) => (
          <Table<ListEntry>
            rowKey="id"
            size="small"
            dataSource={d.items}
            columns={[
              {
                title: '名单',
                dataIndex: 'list',
                render: (l: string) =>
                  l === 'block' ? <Tag color="red">黑名单</Tag> : <Tag color="green">白名单</Tag>,
              },
              { title: '类型', dataIndex: 'subject_type' },
              { title: '值', dataIndex: 'value' },
              { title: '原因', dataIndex: 'reason' },
              { title: '添加时间', dataIndex: 'created_at', render: cst },
              {
                title: '',
                render: (_, e) => (
                  <Popconfirm
                    title="移出名单？"
                    okText="移出"
                    cancelText="取消"
                    onConfirm={async () => {
                      await api(`/admin/risk/lists/${e.id}`, { method: 'DELETE' }).catch((err: unknown) =>
                        message.error(err instanceof ApiError ? err.message : '操作失败'),
                      );
                      await remote.reload();
                    }}
                  >
                    <Button size="small">移出</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </PageState>
    </>
  );
}

export function RiskReview() {
  return (
    <Card title="风控审核">
      <Tabs
        items={[
          { key: 'q', label: '待审核', children: <ReviewQueue /> },
          { key: 'l', label: '黑白名单', children: <Lists /> },
        ]}
      />
    </Card>
  );
}
