import { Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, newKey } from '../../api';
import type { ItemOf, ResponseOf } from '../../api-types';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { ConfirmAction } from './ConfirmAction';

// 柜面圈存: an officer at a branch loads a holder's card from cash taken at the counter or from the
// holder's own deposit account (the server asks the bank whose account it is), then hands over the
// receipt. The load is a bank order; a lost answer shows as 结果待确认 until the card's counter says.

type HwCard = ItemOf<'getAdminHardWalletCards'>;
type Location = ItemOf<'getAdminHardWalletLocations'>;
type Receipt = ResponseOf<'getAdminHardWalletCounterLoadsByIdReceipt'>;
type Fields = {
  location_id: string;
  funding: 'cash' | 'deposit';
  amount_yuan: number;
  deposit_account?: string;
};

export function ReceiptView({ orderId }: { orderId: string }) {
  const remote = useRemote(
    () => api<Receipt>(`/admin/hard-wallet/counter-loads/${orderId}/receipt`),
    [orderId],
  );
  return (
    <PageState remote={remote}>
      {(r) => (
        <Descriptions size="small" column={1} bordered className="hw-receipt">
          <Descriptions.Item label="办理网点">{r.branch_name}</Descriptions.Item>
          <Descriptions.Item label="经办人">{r.operator_name}</Descriptions.Item>
          <Descriptions.Item label="卡号">{r.card_no}</Descriptions.Item>
          <Descriptions.Item label="持卡人">{r.holder_name}</Descriptions.Item>
          <Descriptions.Item label="资金来源">
            {r.funding_label}
            {r.deposit_account_masked ? `（${r.deposit_account_masked}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="圈存金额">{yuan(r.amount_fen)}</Descriptions.Item>
          <Descriptions.Item label="结果">
            <span className="hw-receipt-status">{r.status_label}</span>
          </Descriptions.Item>
          <Descriptions.Item label="卡内余额">
            {r.balance_after_fen === null ? '—' : yuan(r.balance_after_fen)}
          </Descriptions.Item>
          <Descriptions.Item label="交易认证码（TAC）">{r.tac ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="受理时间（北京时间）">{cst(r.created_at)}</Descriptions.Item>
        </Descriptions>
      )}
    </PageState>
  );
}

export function ReceiptButton({ orderId }: { orderId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" className="hw-receipt-open" onClick={() => setOpen(true)}>
        回单
      </Button>
      <Modal
        open={open}
        title="数字人民币硬钱包柜面圈存回单"
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnClose
      >
        <ReceiptView orderId={orderId} />
      </Modal>
    </>
  );
}

export function CounterLoadAction({
  c,
  locations,
  onDone,
}: {
  c: HwCard;
  locations: Location[];
  onDone: () => void;
}) {
  const [form] = Form.useForm<Fields>();
  const funding = Form.useWatch('funding', form);
  const [done, setDone] = useState<string | null>(null);
  const [key, setKey] = useState(() => newKey('hwcl'));
  const branches = locations.filter((l) => l.kind === 'branch');
  return (
    <>
      <ConfirmAction
        label="柜面圈存"
        title={`柜面圈存：${c.card_no}`}
        className="hw-counter-load"
        run={async () => {
          const { amount_yuan, deposit_account, ...v } = await form.validateFields();
          // One key per dialog: a resend after a lost answer names the same order, never a second load.
          const o = await api<{ id: string }>(`/admin/hard-wallet/cards/${c.id}/counter-loads`, {
            method: 'POST',
            idempotencyKey: key,
            body: {
              ...v,
              amount_fen: Math.round(amount_yuan * 100),
              ...(v.funding === 'deposit' ? { deposit_account } : {}),
            },
          });
          setKey(newKey('hwcl'));
          setDone(o.id);
        }}
        onDone={onDone}
      >
        <p>
          持卡人{c.holder_name ? ` ${c.holder_name}` : '（不记名）'}
          在柜面交付现金或从本人存款账户扣款，款项圈存到卡内。 当前已确认余额 {yuan(c.confirmed_balance_fen)}
          。
        </p>
        {c.holder_kind !== 'real_name' ? (
          <Alert type="info" showIcon message="不记名卡只能用现金圈存。" />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            funding: 'cash',
            location_id: branches.find((b) => b.id === c.location)?.id ?? branches[0]?.id,
          }}
        >
          <Form.Item
            name="location_id"
            label="办理网点"
            rules={[{ required: true, message: '请选择办理网点' }]}
          >
            <Select
              className="hw-counter-branch"
              options={branches.map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
          <Form.Item name="funding" label="资金来源">
            <Select
              className="hw-counter-funding"
              options={[
                { value: 'cash', label: '现金' },
                { value: 'deposit', label: '持卡人本人存款账户' },
              ]}
            />
          </Form.Item>
          {funding === 'deposit' ? (
            <Form.Item
              name="deposit_account"
              label="存款账号"
              rules={[{ required: true, pattern: /^\d{8,32}$/, message: '8–32 位数字' }]}
            >
              <Input className="hw-counter-account" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="amount_yuan"
            label="圈存金额（元）"
            rules={[{ required: true, message: '请填写金额' }]}
          >
            <InputNumber min={0.01} max={10_000} precision={2} className="hw-counter-amount" />
          </Form.Item>
        </Form>
      </ConfirmAction>
      <Modal
        open={!!done}
        title="数字人民币硬钱包柜面圈存回单"
        footer={null}
        onCancel={() => setDone(null)}
        destroyOnClose
      >
        {done ? <ReceiptView orderId={done} /> : null}
      </Modal>
    </>
  );
}
