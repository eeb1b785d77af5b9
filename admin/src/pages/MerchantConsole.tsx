import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tabs,
  message,
} from 'antd';
import { useState } from 'react';
import { api, ApiError, newKey, type Page } from '../api';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, parseYuan, yuan } from '../format';
import type { ItemOf, ResponseOf } from '../api-types';
import { TillPanel } from './cashier/TillPanel';

type Quote = ResponseOf<'getMerchantCouponsByCode'>;
type Redemption = ItemOf<'getMerchantCouponRedemptions'>;
type Settlement = ItemOf<'getAdminSettlements'>;

/** The till: check a coupon against the order, then redeem it once (the order number is the idempotency key). */
function RedeemPanel({ onRedeemed }: { onRedeemed: () => void }) {
  const [form] = Form.useForm<{ code: string; amount_yuan: number; order_no: string }>();
  const [quote, setQuote] = useState<Quote | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const read = () => {
    const v = form.getFieldsValue();
    return {
      code: (v.code ?? '').replace(/\s/g, ''),
      fen: parseYuan(String(v.amount_yuan ?? '')),
      orderNo: v.order_no,
    };
  };

  async function verify() {
    if (
      !(await form.validateFields(['code', 'amount_yuan']).then(
        () => true,
        () => false,
      ))
    )
      return;
    const { code, fen } = read();
    setError(null);
    setDone(null);
    setQuote(null);
    try {
      setQuote(await api<Quote>(`/merchant/coupons/${encodeURIComponent(code)}?order_amount_fen=${fen}`));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '校验失败');
    }
  }

  async function redeem() {
    if (
      !(await form.validateFields().then(
        () => true,
        () => false,
      ))
    )
      return;
    const { code, fen, orderNo } = read();
    setBusy(true);
    setError(null);
    try {
      await api('/merchant/coupon-redemptions', {
        method: 'POST',
        body: { coupon_code: code, order_no: orderNo, order_amount_fen: fen },
        idempotencyKey: newKey(`redeem-${orderNo}`),
      });
      setDone(
        `核销成功：订单 ${orderNo}，优惠 ${yuan(quote?.discount_fen ?? 0)}，顾客应付 ${yuan(quote?.payable_fen ?? 0)}`,
      );
      message.success('核销成功');
      setQuote(null);
      form.resetFields();
      onRedeemed();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '核销失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="券码核销">
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        onValuesChange={(changed: Record<string, unknown>) => {
          // A check is about this code and this amount; the order number is not part of it.
          if ('code' in changed || 'amount_yuan' in changed) setQuote(null);
        }}
      >
        <Form.Item label="券码（扫码或输入）" name="code" rules={[{ required: true, message: '请输入券码' }]}>
          <Input className="redeem-code" placeholder="12 位数字" maxLength={20} />
        </Form.Item>
        <Form.Item
          label="订单金额（元）"
          name="amount_yuan"
          rules={[{ required: true, message: '请输入订单金额' }]}
        >
          <InputNumber className="redeem-amount" min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="订单号"
          name="order_no"
          rules={[{ required: true, message: '请输入收银系统的订单号' }]}
        >
          <Input className="redeem-order" maxLength={64} />
        </Form.Item>
        {error ? (
          <Alert
            className="redeem-error"
            type="error"
            showIcon
            message={error}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {done ? (
          <Alert
            className="redeem-done"
            type="success"
            showIcon
            message={done}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {quote ? (
          <Descriptions
            className="redeem-quote"
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 12 }}
          >
            <Descriptions.Item label="有效期至">{cst(quote.use_end_at)}</Descriptions.Item>
            <Descriptions.Item label="优惠">{yuan(quote.discount_fen)}</Descriptions.Item>
            <Descriptions.Item label="顾客应付">{yuan(quote.payable_fen)}</Descriptions.Item>
          </Descriptions>
        ) : null}
        <Space>
          <Button className="redeem-verify" onClick={() => void verify()}>
            校验
          </Button>
          <Button
            className="redeem-submit"
            type="primary"
            disabled={!quote}
            loading={busy}
            onClick={() => void redeem()}
          >
            确认核销
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function MerchantConsole() {
  const redemptions = useRemote(() => api<Page<Redemption>>('/merchant/coupon-redemptions'), []);
  const settlements = useRemote(() => api<Page<Settlement>>('/admin/settlements'), []);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <TillPanel />
      <RedeemPanel onRedeemed={() => void redemptions.reload()} />
      <Card>
        <Tabs
          items={[
            {
              key: 'r',
              label: '核销记录',
              children: (
                <PageState remote={redemptions} isEmpty={(d) => d.items.length === 0} empty="今天还没有核销">
                  {(d) => (
                    <Table<Redemption>
                      rowKey="id"
                      size="small"
                      className="redemptions-table"
                      dataSource={d.items}
                      columns={[
                        { title: '时间', dataIndex: 'created_at', render: cst },
                        { title: '订单号', dataIndex: 'order_no' },
                        { title: '订单金额', dataIndex: 'order_amount_fen', align: 'right', render: yuan },
                        { title: '补贴', dataIndex: 'discount_fen', align: 'right', render: yuan },
                        { title: '顾客实付', dataIndex: 'payable_fen', align: 'right', render: yuan },
                        {
                          title: '状态',
                          dataIndex: 'status',
                          render: (s: string) => ({ redeemed: '已核销', refunded: '已退款' })[s] ?? s,
                        },
                      ]}
                    />
                  )}
                </PageState>
              ),
            },
            {
              key: 's',
              label: '结算',
              children: (
                <PageState
                  remote={settlements}
                  isEmpty={(d) => d.items.length === 0}
                  empty="还没有结算单（每日结算前一天的补贴）"
                >
                  {(d) => (
                    <Table<Settlement>
                      rowKey="id"
                      size="small"
                      dataSource={d.items}
                      columns={[
                        { title: '账单日', dataIndex: 'bill_date' },
                        { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
                        { title: '状态', dataIndex: 'status' },
                        { title: '创建时间', dataIndex: 'created_at', render: cst },
                      ]}
                    />
                  )}
                </PageState>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
