import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError, newKey } from '../../api';
import type { ResponseOf } from '../../api-types';
import { parseYuan, yuan } from '../../format';

type Created = ResponseOf<'postAdminCashierOrders'>;
type Scanned = ResponseOf<'postAdminCashierOrdersByOrderIdScan', 201>;
type Order = Created['order'];

const STATUS: Record<string, { text: string; color: string }> = {
  created: { text: '待支付', color: 'default' },
  paying: { text: '支付中', color: 'processing' },
  paid: { text: '已支付', color: 'success' },
  closed: { text: '已关闭', color: 'default' },
  refunding: { text: '退款中', color: 'processing' },
  partially_refunded: { text: '部分退款', color: 'warning' },
  refunded: { text: '已退款', color: 'default' },
};
const CHANNEL: Record<string, string> = {
  ecny: '数字人民币',
  wechat: '微信支付',
  alipay: '支付宝',
  card: '银行卡',
};

type Outcome =
  { kind: 'paid'; text: string } | { kind: 'waiting'; text: string } | { kind: 'failed'; text: string };

/**
 * The till (收银台): make an order and show its dynamic code for the customer's app, or scan the
 * customer's payment code. Each scan carries its own Idempotency-Key, so a retry after a lost
 * answer is the same payment; waiting and refused states say what to do next.
 */
export function TillPanel() {
  const [form] = Form.useForm<{ amount_yuan: number }>();
  const [order, setOrder] = useState<Order | null>(null);
  const [qr, setQr] = useState<string>('');
  const [code, setCode] = useState('');
  const [scanKey, setScanKey] = useState<string>(() => newKey('scan'));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    const fen = parseYuan(String(form.getFieldValue('amount_yuan') ?? ''));
    if (!fen) return setError('请输入订单金额');
    setError(null);
    setOutcome(null);
    try {
      const r = await api<Created>('/admin/cashier/orders', {
        method: 'POST',
        body: {
          out_trade_no: newKey('T')
            .replace(/[^A-Za-z0-9_-]/g, '')
            .slice(0, 64),
          amount_fen: fen,
        },
      });
      setOrder(r.order);
      setQr(r.qr_payload);
      setScanKey(newKey('scan'));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '下单失败');
    }
  }

  async function scan() {
    if (!order || !code.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api<Scanned>(`/admin/cashier/orders/${order.id}/scan`, {
        method: 'POST',
        body: { auth_code: code.trim() },
        idempotencyKey: scanKey,
      });
      setOrder(r.order);
      setOutcome(
        r.payment.status === 'paid'
          ? { kind: 'paid', text: `已收款 ${yuan(r.payment.amount_fen)}（${CHANNEL[r.payment.channel]}）` }
          : { kind: 'waiting', text: '等待顾客在手机上确认支付（输入密码），确认后点“刷新结果”' },
      );
    } catch (err) {
      // A refusal changed nothing: the order can be paid another way (a new scan gets a new key).
      setOutcome({
        kind: 'failed',
        text: `${err instanceof ApiError ? err.message : '收款失败'}。订单仍可收款，请换一种支付方式`,
      });
      setScanKey(newKey('scan'));
      if (order) await refresh(order.id);
    } finally {
      setBusy(false);
    }
  }

  async function refresh(id = order?.id) {
    if (!id) return;
    const d = await api<{ order: Order }>(`/admin/cashier/orders/${id}`);
    setOrder(d.order);
    if (d.order.status === 'paid')
      setOutcome({
        kind: 'paid',
        text: `已收款 ${yuan(d.order.paid_fen)}（${CHANNEL[d.order.channel ?? ''] ?? ''}）`,
      });
  }

  const tag = order ? STATUS[order.status] : null;
  return (
    <Card title="收银台" className="till-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Form form={form} layout="inline">
          <Form.Item name="amount_yuan" label="订单金额（元）">
            <InputNumber className="till-amount" min={0.01} step={0.01} precision={2} />
          </Form.Item>
          <Button className="till-create" type="primary" onClick={() => void create()}>
            下单
          </Button>
        </Form>
        {error ? <Alert type="error" showIcon message={error} /> : null}
        {order ? (
          <Descriptions size="small" column={1} bordered className="till-order">
            <Descriptions.Item label="订单">{order.out_trade_no}</Descriptions.Item>
            <Descriptions.Item label="金额">{yuan(order.amount_fen)}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag className="till-status" color={tag?.color}>
                {tag?.text ?? order.status}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="动态收款码（顾客用 App 扫码）">
              <code className="till-qr">{qr}</code>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        {order && (order.status === 'created' || order.status === 'paying') ? (
          <Space>
            <Input
              className="till-code"
              placeholder="扫描顾客付款码（微信 / 支付宝）或刷卡"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              style={{ width: 320 }}
            />
            <Button className="till-scan" loading={busy} disabled={!code.trim()} onClick={() => void scan()}>
              扫码收款
            </Button>
            <Button className="till-refresh" onClick={() => void refresh()}>
              刷新结果
            </Button>
          </Space>
        ) : null}
        {outcome ? (
          <Alert
            className={`till-outcome till-${outcome.kind}`}
            showIcon
            type={outcome.kind === 'paid' ? 'success' : outcome.kind === 'waiting' ? 'info' : 'error'}
            message={outcome.text}
          />
        ) : null}
      </Space>
    </Card>
  );
}
