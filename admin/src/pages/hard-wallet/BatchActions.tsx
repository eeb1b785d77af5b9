import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, newKey } from '../../api';
import type { BodyOf, ItemOf } from '../../api-types';
import { yuan } from '../../format';
import { HW_MEDIA_LABEL } from '../../i18n/labels';
import { ConfirmAction } from './ConfirmAction';

// Ordering a production batch and personalising it (keys and caps written to the chips).

type Batch = ItemOf<'getAdminHardWalletBatches'>;
type NewBatch = BodyOf<'postAdminHardWalletBatches'>;
type Fields = Omit<NewBatch, 'valid_until' | 'deposit_fen'> & { valid_until: Dayjs; deposit_yuan: number };

export function NewBatchAction({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Fields>();
  return (
    <ConfirmAction
      label="新建制卡批次"
      title="新建制卡批次"
      className="hw-new-batch"
      run={async () => {
        const { valid_until, deposit_yuan, ...v } = await form.validateFields();
        const body: NewBatch = {
          ...v,
          valid_until: valid_until.format('YYYY-MM-DD'),
          deposit_fen: Math.round(deposit_yuan * 100),
        };
        await api('/admin/hard-wallet/batches', { method: 'POST', body, idempotencyKey: newKey('hwb') });
      }}
      onDone={onDone}
    >
      <p>批次登记后为“已制卡”状态，个人化写入密钥与限额后才能发卡。</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ media_type: 'card', key_version: 1, deposit_yuan: 0 }}
      >
        <Form.Item
          name="beg_no"
          label="起始卡号"
          rules={[{ required: true, pattern: /^\d{8,20}$/, message: '8–20 位数字' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="end_no"
          label="结束卡号"
          rules={[{ required: true, pattern: /^\d{8,20}$/, message: '8–20 位数字' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="media_type" label="介质">
          <Select options={Object.entries(HW_MEDIA_LABEL).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="issuer" label="发卡机构" rules={[{ required: true, message: '请填写发卡机构' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="cos_version"
          label="芯片 COS 版本"
          rules={[{ required: true, message: '请填写 COS 版本' }]}
        >
          <Input maxLength={16} />
        </Form.Item>
        <Form.Item name="key_version" label="密钥版本" rules={[{ required: true }]}>
          <InputNumber min={1} max={255} />
        </Form.Item>
        <Form.Item name="valid_until" label="有效期至" rules={[{ required: true, message: '请选择有效期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="deposit_yuan" label="押金（元）">
          <InputNumber min={0} max={1000} precision={2} />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

export function PersonalizeAction({ b, onDone }: { b: Batch; onDone: () => void }) {
  const produced = b.by_status.produced ?? 0;
  if (produced === 0) return null;
  return (
    <ConfirmAction
      label="个人化"
      title={`个人化批次 ${b.id}`}
      className="hw-personalize"
      run={() =>
        api(`/admin/hard-wallet/batches/${b.id}/personalize`, {
          method: 'POST',
          idempotencyKey: newKey('hwp'),
        })
      }
      onDone={onDone}
    >
      将为 {produced} 张卡（{b.beg_no} – {b.end_no}）写入密钥（版本 {b.key_version}
      ）与限额，之后可入库发卡。押金每张 {yuan(b.deposit_fen)}。
    </ConfirmAction>
  );
}
