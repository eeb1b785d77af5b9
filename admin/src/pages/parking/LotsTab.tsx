import {
  Alert,
  Button,
  Form,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import type { Remote } from '../../components/use-remote';
import { OPERATOR_ROLES } from './model';
import type { Lot, Tariff } from './types';

const READ_ONLY = '仅活动经办可修改停车场设置';

type LotForm = { tariff_id: string; free_exit_minutes: number };

/** The two settings an operator may change on a lot; only what changed is sent (and audited). */
function LotEditModal({
  lot,
  tariffs,
  onClose,
  onSaved,
}: {
  lot: Lot;
  tariffs: Tariff[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const [form] = Form.useForm<LotForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(v: LotForm) {
    const body: Partial<LotForm> = {};
    if (v.tariff_id !== lot.tariff_id) body.tariff_id = v.tariff_id;
    if (v.free_exit_minutes !== lot.free_exit_minutes) body.free_exit_minutes = v.free_exit_minutes;
    if (Object.keys(body).length === 0) return onClose();
    setBusy(true);
    setError(null);
    try {
      const saved = await api<{ pending_tariff_change: { id: string } | null }>(
        `/admin/parking/lots/${lot.id}`,
        { method: 'PATCH', body },
      );
      message.success(
        saved.pending_tariff_change ? '收费标准变更已提交，另一人（活动审批）批准后生效' : '停车场设置已保存',
      );
      await onSaved();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '保存失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={`修改停车场：${lot.name}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ className: 'lot-save' }}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ tariff_id: lot.tariff_id, free_exit_minutes: lot.free_exit_minutes }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          name="tariff_id"
          label="收费标准"
          extra="双人复核：提交后由活动审批批准才生效；生效后在场车辆出场时，整段停车按新标准计费"
          rules={[{ required: true, message: '请选择收费标准' }]}
        >
          <Select id="lot-tariff" options={tariffs.map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
        <Form.Item
          name="free_exit_minutes"
          label="缴费后免费离场时间（分钟）"
          extra="场内预付后在此时间内出场不再收费，0–120 分钟"
          rules={[{ required: true, message: '请填写 0–120 的整数' }]}
        >
          <InputNumber id="lot-free-exit" min={0} max={120} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LotsTab({ lots, tariffs }: { lots: Remote<{ items: Lot[] }>; tariffs: Tariff[] }) {
  const { can } = useAuth();
  const mayEdit = can(...OPERATOR_ROLES);
  const [editing, setEditing] = useState<Lot | null>(null);
  return (
    <>
      <PageState remote={lots} isEmpty={(d) => d.items.length === 0} empty="还没有接入停车场">
        {(d) => (
          <Table<Lot>
            rowKey="id"
            size="small"
            className="lots-table"
            loading={lots.loading}
            pagination={false}
            dataSource={d.items}
            columns={[
              {
                title: '停车场',
                render: (_, l) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{l.name}</Typography.Text>
                    <Typography.Text type="secondary">{l.address}</Typography.Text>
                  </Space>
                ),
              },
              { title: '收费标准', dataIndex: 'tariff_name' },
              {
                title: '免费离场',
                dataIndex: 'free_exit_minutes',
                render: (m: number) => `${m} 分钟`,
              },
              {
                title: '车道',
                render: (_, l) =>
                  l.lanes.map((lane) => (
                    <Tag key={lane.id} color={lane.direction === 'entry' ? 'green' : 'blue'}>
                      {lane.name}
                    </Tag>
                  )),
              },
              {
                title: '道闸',
                render: (_, l) => (l.gate_url ? <Tag color="green">已接入</Tag> : <Tag>未接入</Tag>),
              },
              { title: '在场车辆', dataIndex: 'cars_inside', align: 'right', className: 'col-inside' },
              {
                title: '操作',
                render: (_, l) => (
                  <Tooltip title={mayEdit ? null : READ_ONLY}>
                    <Button
                      size="small"
                      className="lot-edit"
                      disabled={!mayEdit}
                      onClick={() => setEditing(l)}
                    >
                      修改
                    </Button>
                  </Tooltip>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {editing ? (
        <LotEditModal
          lot={editing}
          tariffs={tariffs}
          onClose={() => setEditing(null)}
          onSaved={lots.reload}
        />
      ) : null}
    </>
  );
}
