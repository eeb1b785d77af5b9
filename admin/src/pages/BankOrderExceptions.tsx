import { Alert, Button, Card, Form, Input, Modal, Radio, Space, Table, Tag, Tooltip, message } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { useAuth } from '../auth';
import { alertsChanged } from '../components/AlertsBanner';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, yuan } from '../format';
import {
  BANK_STATUS,
  EXCEPTION_STATUS,
  ORDER_PURPOSE,
  PLATFORM_STATUS,
  RESOLVER_ROLES,
  exceptionsPath,
  labelOf,
  resolutionError,
  type BankOrderException,
} from './bank-exceptions';

type Filter = 'open' | 'resolved' | 'all';

/**
 * Bank answers that contradict an order the platform already closed (the bank booked a payment we
 * gave up on, say): someone refunds or books an adjustment outside, then records here how.
 */
export function BankOrderExceptions() {
  const { user, can } = useAuth();
  const [filter, setFilter] = useState<Filter>('open');
  const remote = useRemote(
    () => api<{ items: BankOrderException[] }>(exceptionsPath(filter === 'all' ? undefined : filter)),
    [filter],
  );
  // Rows resolved here show the server's answer at once (the open list would otherwise drop them).
  const [done, setDone] = useState<Record<string, BankOrderException>>({});
  const [resolving, setResolving] = useState<BankOrderException | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ resolution: string }>();
  const who = (id: string | null) => (id && id === user?.id ? '我' : (id ?? '—'));

  function close() {
    setResolving(null);
    setError(null);
    form.resetFields();
  }

  async function resolve() {
    const { resolution } = await form.validateFields();
    const item = resolving!;
    setBusy(true);
    setError(null);
    try {
      const updated = await api<BankOrderException>(`/admin/bank-orders/exceptions/${item.id}/resolve`, {
        method: 'POST',
        body: { resolution: resolution.trim() },
      });
      setDone((d) => ({ ...d, [updated.id]: updated }));
      message.success('已处理');
      close();
      alertsChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '处理失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="银行订单异常">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="银行的应答与平台已关闭的订单矛盾（例如平台判定失败后银行又回复成功）。请先在线下完成退款或调账，再在此登记处理结果。"
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Radio.Group
          className="exceptions-filter"
          optionType="button"
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
          options={[
            { value: 'open', label: '待处理' },
            { value: 'resolved', label: '已处理' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Button onClick={() => void remote.reload()}>刷新</Button>
      </Space>
      <PageState
        remote={remote}
        isEmpty={(d) => d.items.length === 0}
        empty={filter === 'open' ? '没有待处理的异常' : '没有符合条件的异常'}
      >
        {(d) => (
          <Table<BankOrderException>
            rowKey="id"
            size="small"
            className="exceptions-table"
            loading={remote.loading}
            pagination={false}
            dataSource={d.items.map((e) => done[e.id] ?? e)}
            columns={[
              { title: '发现时间', dataIndex: 'created_at', render: cst },
              { title: '银行订单号', dataIndex: 'out_trade_no' },
              { title: '业务', dataIndex: 'purpose', render: (p: string) => ORDER_PURPOSE[p] ?? p },
              { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
              {
                title: '银行应答',
                dataIndex: 'bank_status',
                render: (s: string) => {
                  const l = labelOf(BANK_STATUS, s);
                  return <Tag color={l.color}>{l.label}</Tag>;
                },
              },
              {
                title: '平台状态',
                dataIndex: 'platform_status',
                render: (s: string) => {
                  const l = labelOf(PLATFORM_STATUS, s);
                  return <Tag color={l.color}>{l.label}</Tag>;
                },
              },
              {
                title: '说明',
                dataIndex: 'note',
                ellipsis: { showTitle: false },
                render: (n: string) => (
                  <Tooltip title={n}>
                    <span>{n}</span>
                  </Tooltip>
                ),
              },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => {
                  const l = labelOf(EXCEPTION_STATUS, s);
                  return (
                    <Tag className="exception-status" color={l.color}>
                      {l.label}
                    </Tag>
                  );
                },
              },
              {
                title: '处理结果',
                render: (_, r) =>
                  r.status === 'resolved'
                    ? `${who(r.resolved_by)} ${cst(r.resolved_at)}${r.resolution ? `：${r.resolution}` : ''}`
                    : '—',
              },
              {
                title: '',
                render: (_, r) =>
                  r.status === 'open' && can(...RESOLVER_ROLES) ? (
                    <Button
                      size="small"
                      type="primary"
                      className="exception-resolve"
                      onClick={() => setResolving(r)}
                    >
                      处理
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </PageState>
      <Modal
        open={resolving !== null}
        title={`处理异常：${resolving?.out_trade_no ?? ''}`}
        okText="确认已处理"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={close}
        onOk={() => void resolve().catch(() => undefined)}
      >
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
        {resolving ? (
          <p>
            {ORDER_PURPOSE[resolving.purpose] ?? resolving.purpose} {yuan(resolving.amount_fen)}：
            {labelOf(BANK_STATUS, resolving.bank_status).label}，平台为
            {labelOf(PLATFORM_STATUS, resolving.platform_status).label}
          </p>
        ) : null}
        <Form form={form} layout="vertical">
          <Form.Item
            label="处理说明"
            name="resolution"
            rules={[
              {
                validator: (_, v: string | undefined) => {
                  const why = resolutionError(v);
                  return why ? Promise.reject(new Error(why)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={255}
              showCount
              placeholder="例如：已向市民原路退款，银行流水号 …"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
