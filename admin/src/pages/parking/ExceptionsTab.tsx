import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Space, Table, Tooltip, message } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { cst } from '../../format';
import { LabelTag, LoadMore, LotSelect } from './common';
import { EXCEPTION_KIND, OPERATOR_ROLES, labelOf, laneName, lotName, maskPlatesIn } from './model';
import type { Lot, ParkingException } from './types';
import { useCursorList } from './use-cursor-list';
import type { ResponseOf } from '../../api-types';

const READ_ONLY = '仅活动经办可处理异常';

type Resolved = ResponseOf<'postAdminParkingExceptionsByExceptionIdResolve'>;

function resolvedText(r: Resolved): { ok: boolean; text: string } {
  if (!r.gate_command) return { ok: true, text: '异常已处理' };
  return r.gate_command.delivered
    ? { ok: true, text: '异常已处理，道闸已开启' }
    : { ok: false, text: '异常已处理；开闸指令暂未送达道闸，系统将在几分钟内重试' };
}

/** An attendant closes an exception with a note, and may let the car at that lane through. */
function ResolveModal({
  exception,
  lots,
  onClose,
  onResolved,
}: {
  exception: ParkingException;
  lots: Lot[];
  onClose: () => void;
  onResolved: () => Promise<void>;
}) {
  const [form] = Form.useForm<{ note: string; open_gate: boolean }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function resolve(v: { note: string; open_gate: boolean }) {
    setBusy(true);
    setError(null);
    try {
      const r = await api<Resolved>(`/admin/parking/exceptions/${exception.id}/resolve`, {
        method: 'POST',
        body: { note: v.note.trim(), open_gate: Boolean(v.open_gate) },
      });
      const shown = resolvedText(r);
      if (shown.ok) message.success(shown.text);
      else message.warning(shown.text);
      await onResolved();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '处理失败');
      // Someone else closed it meanwhile: the list should show that.
      if (err instanceof ApiError && err.code === 'EXCEPTION_RESOLVED') await onResolved();
    } finally {
      setBusy(false);
    }
  }

  const kind = labelOf(EXCEPTION_KIND, exception.kind);
  return (
    <Modal
      open
      title={`处理异常：${kind.label}`}
      okText="确认处理"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ className: 'resolve-submit' }}
    >
      <p>
        {lotName(lots, exception.lot_id)} · {laneName(lots, exception.lane_id)} ·{' '}
        {exception.plate ?? '无车牌'}
        <br />
        {maskPlatesIn(exception.detail)}
      </p>
      {exception.kind === 'unpaid_exit' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="车主补缴后此异常会自动关闭；手工处理不会免除欠费。"
        />
      ) : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ open_gate: false }}
        onFinish={(v) => void resolve(v)}
      >
        <Form.Item
          name="note"
          label="处理说明"
          rules={[
            { required: true, whitespace: true, message: '请填写处理说明' },
            { max: 255, message: '处理说明最多 255 个字' },
          ]}
        >
          <Input.TextArea id="resolve-note" rows={3} placeholder="如：人工核实车牌后放行" />
        </Form.Item>
        <Form.Item name="open_gate" valuePropName="checked">
          <Checkbox id="resolve-open-gate" disabled={!exception.lane_id}>
            开闸放行（{laneName(lots, exception.lane_id)}）
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Who closed it: the system (a paid debt), the user themself, or another staff member by name. */
function resolverText(e: ParkingException, me: { id: string; display_name: string } | null): string {
  if (!e.resolved_by) return '—';
  if (e.resolved_by === 'system') return '系统（已补缴）';
  if (me && e.resolved_by === me.id) return `${me.display_name}（我）`;
  return e.resolved_by_name ?? e.resolved_by;
}

export function ExceptionsTab({ lots }: { lots: Lot[] }) {
  const { can, user } = useAuth();
  const mayResolve = can(...OPERATOR_ROLES);
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const [lotId, setLotId] = useState<string | undefined>();
  const [resolving, setResolving] = useState<ParkingException | null>(null);
  const list = useCursorList<ParkingException>('/admin/parking/exceptions', { lot_id: lotId, status });
  const resolvedColumns =
    status === 'resolved'
      ? [
          { title: '处理时间', dataIndex: 'resolved_at', render: cst },
          {
            title: '处理人',
            render: (_: unknown, e: ParkingException) => resolverText(e, user),
          },
          { title: '处理说明', dataIndex: 'resolution_note' },
        ]
      : [];
  return (
    <>
      {mayResolve ? null : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`您可以查看异常；${READ_ONLY}。`} />
      )}
      <Space style={{ marginBottom: 16 }} wrap>
        <Radio.Group
          className="exceptions-status"
          optionType="button"
          value={status}
          onChange={(e) => setStatus(e.target.value as 'open' | 'resolved')}
          options={[
            { value: 'open', label: '待处理' },
            { value: 'resolved', label: '已处理' },
          ]}
        />
        <LotSelect id="exceptions-lot" lots={lots} value={lotId} onChange={setLotId} />
        <Button onClick={() => void list.reload()}>刷新</Button>
      </Space>
      <PageState
        remote={list}
        isEmpty={(d) => d.items.length === 0}
        empty={status === 'open' ? '没有待处理的异常' : '没有已处理的异常'}
      >
        {(d) => (
          <>
            <Table<ParkingException>
              rowKey="id"
              size="small"
              className="exceptions-table"
              loading={list.loading}
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: '时间', dataIndex: 'created_at', render: cst },
                {
                  title: '类型',
                  dataIndex: 'kind',
                  render: (k: string) => <LabelTag label={labelOf(EXCEPTION_KIND, k)} />,
                },
                { title: '停车场', dataIndex: 'lot_id', render: (id: string) => lotName(lots, id) },
                { title: '车道', dataIndex: 'lane_id', render: (id: string | null) => laneName(lots, id) },
                { title: '车牌', dataIndex: 'plate', render: (p: string | null) => p ?? '—' },
                { title: '说明', dataIndex: 'detail', render: (d: string) => maskPlatesIn(d) },
                ...resolvedColumns,
                ...(status === 'open'
                  ? [
                      {
                        title: '操作',
                        render: (_: unknown, e: ParkingException) => (
                          <Tooltip title={mayResolve ? null : READ_ONLY}>
                            <Button
                              size="small"
                              type="primary"
                              className="exception-resolve"
                              disabled={!mayResolve}
                              onClick={() => setResolving(e)}
                            >
                              处理
                            </Button>
                          </Tooltip>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <LoadMore list={list} className="exceptions-more" />
          </>
        )}
      </PageState>
      {resolving ? (
        <ResolveModal
          exception={resolving}
          lots={lots}
          onClose={() => setResolving(null)}
          onResolved={list.reload}
        />
      ) : null}
    </>
  );
}
