import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  message,
} from 'antd';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, yuan } from '../format';
import { riskReasonLabel } from '../i18n/labels';
import type { ItemOf } from '../api-types';

type Held = ItemOf<'getAdminRiskReviews'>;
type ListEntry = ItemOf<'getAdminRiskLists'>;
type Decision = 'approve' | 'reject';

function ReviewQueue() {
  const remote = useRemote(() => api<{ items: Held[] }>('/admin/risk/reviews'), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  async function decide(decision: Decision, note?: string) {
    setBusy(true);
    try {
      const r = await api<{ items: { claim_id: string; status: string }[] }>(
        '/admin/risk/reviews/decisions',
        { method: 'POST', body: { claim_ids: selected, decision, ...(note ? { comment: note } : {}) } },
      );
      const done = r.items.filter((i) => i.status !== 'not_held').length;
      const gone = r.items.length - done;
      message.success(
        (decision === 'approve' ? `已放行 ${done} 笔` : `已拒绝 ${done} 笔，预算已退回`) +
          (gone ? `；${gone} 笔已被他人处理` : ''),
      );
      setSelected([]);
      setRejecting(false);
      setComment('');
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
          className="review-approve"
          disabled={!selected.length}
          loading={busy}
          onClick={() => void decide('approve')}
        >
          放行所选（{selected.length}）
        </Button>
        <Button
          danger
          className="review-reject"
          disabled={!selected.length}
          loading={busy}
          onClick={() => setRejecting(true)}
        >
          拒绝所选（{selected.length}）
        </Button>
      </Space>
      <Modal
        title={`拒绝 ${selected.length} 笔领取`}
        open={rejecting}
        okText="拒绝"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="取消"
        onOk={() => void decide('reject', comment.trim() || undefined)}
        onCancel={() => setRejecting(false)}
      >
        <p>拒绝后领取作废，金额退回活动预算，用户看到“未通过审核”。</p>
        <Input.TextArea
          aria-label="拒绝原因"
          placeholder="拒绝原因（选填，写入审计日志）"
          maxLength={500}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有待审核的领取">
        {(d) => (
          <Table<Held>
            rowKey="claim_id"
            size="small"
            rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]) }}
            dataSource={d.items}
            columns={[
              { title: '领取时间', dataIndex: 'created_at', render: cst },
              {
                title: '活动',
                render: (_, h) => (
                  <Link to={`/campaigns/${h.campaign_id}`}>{h.campaign_name ?? h.campaign_id}</Link>
                ),
              },
              {
                title: '用户',
                render: (_, h) => (
                  <Tooltip title={`用户编号 ${h.user_id}`}>
                    <span className="review-user">{h.phone ?? '未绑定手机号'}</span>
                  </Tooltip>
                ),
              },
              { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
              {
                title: '触发原因',
                render: (_, h) =>
                  h.reasons.length ? (
                    h.reasons.map((r) => (
                      <Tooltip key={r} title={r}>
                        <Tag className="review-reason" color="orange">
                          {riskReasonLabel(r)}
                        </Tag>
                      </Tooltip>
                    ))
                  ) : (
                    <Tag>风控策略要求人工审核</Tag>
                  ),
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
              {
                title: '类型',
                dataIndex: 'subject_type',
                render: (t: string) => ({ user: '用户', device: '设备', ip: 'IP' })[t] ?? t,
              },
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
