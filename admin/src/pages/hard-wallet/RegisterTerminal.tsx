import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import type { ItemOf } from '../../api-types';
import { useRemote } from '../../components/use-remote';
import { FIELD_LABEL, HW_TERMINAL_KIND_LABEL } from '../../i18n/labels';
import { placeTerminalError, terminalBody, type TerminalFields } from './terminal-form';

// Registering a terminal under a merchant's store (registrars only, as the server checks). The
// terminal key comes back once: it is shown for loading into the device and never again.

type Registered = ItemOf<'getAdminHardWalletTerminals'> & { terminal_key: string };
type Org = ItemOf<'getAdminParkOrgs'>;

const KIND_OPTIONS = Object.entries(HW_TERMINAL_KIND_LABEL).map(([value, label]) => ({ value, label }));

function showKey(t: Registered) {
  Modal.success({
    title: `终端 ${t.terminal_no} 已登记`,
    className: 'hw-terminal-key',
    content: (
      <>
        <p>终端密钥只显示这一次，请立即写入设备：</p>
        <Typography.Text code copyable>
          {t.terminal_key}
        </Typography.Text>
      </>
    ),
  });
}

function TerminalForm({ form }: { form: ReturnType<typeof Form.useForm<TerminalFields>>[0] }) {
  const merchants = useRemote(
    () => api<{ items: { id: string; name: string }[] }>('/admin/hard-wallet/merchant-options'),
    [],
  );
  const orgs = useRemote(() => api<{ items: Org[] }>('/admin/park/orgs'), []);
  const kind = Form.useWatch('kind', form);
  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'pos' }} className="hw-register-form">
      <Form.Item
        name="merchant_id"
        label={FIELD_LABEL.merchant_id}
        rules={[{ required: true, message: '请选择商户' }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={merchants.loading}
          options={(merchants.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Form.Item
        name="store_name"
        label={FIELD_LABEL.store_name}
        rules={[{ required: true, whitespace: true, message: '请填写门店名称' }]}
      >
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item name="kind" label={FIELD_LABEL.kind} rules={[{ required: true, message: '请选择终端类型' }]}>
        <Select options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="terminal_no"
        label={`${FIELD_LABEL.terminal_no}（设备序列号）`}
        rules={[{ required: true, pattern: /^\s*[A-Za-z0-9]{6,20}\s*$/, message: '6–20 位字母或数字' }]}
      >
        <Input maxLength={24} />
      </Form.Item>
      {kind === 'door' ? (
        <Form.Item name="org_id" label={FIELD_LABEL.org_id} extra="门禁控制器下发该单位的门禁白名单">
          <Select
            allowClear
            options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      ) : null}
    </Form>
  );
}

export function RegisterTerminalAction({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<TerminalFields>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setError(null);
    try {
      const t = await api<Registered>('/admin/hard-wallet/terminals', {
        method: 'POST',
        body: terminalBody(values),
      });
      setOpen(false);
      form.resetFields();
      showKey(t);
      onDone();
    } catch (err) {
      const placed = placeTerminalError(err);
      form.setFields(placed.fields);
      setError(placed.message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button type="primary" className="hw-register-terminal" onClick={() => setOpen(true)}>
        登记终端
      </Button>
      <Modal
        open={open}
        title="登记受理终端"
        okText="登记"
        cancelText="取消"
        okButtonProps={{ className: 'hw-register-ok' }}
        confirmLoading={busy}
        onOk={() => void submit()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        destroyOnClose
      >
        {open ? <TerminalForm form={form} /> : null}
        {error ? <Alert className="hw-register-error" type="error" showIcon message={error} /> : null}
      </Modal>
    </>
  );
}
