import { Alert, Button, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography, message } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { cst, yuan } from '../../format';
import { LabelSelect, LabelTag, LoadMore, LotSelect } from './common';
import {
  OPERATOR_ROLES,
  SESSION_STATUS,
  VEHICLE_CLASS,
  durationText,
  labelOf,
  lotName,
  stayMinutes,
} from './model';
import type { Lot, ParkingSession } from './types';
import { useCursorList } from './use-cursor-list';
import type { ResponseOf } from '../../api-types';

type Released = ResponseOf<'postAdminParkingSessionsBySessionIdRelease'>;

/**
 * Lets a car waiting at the exit with a fee due out (no phone, a dispute): the stay becomes a debt
 * the driver pays later, listed under 异常处理 as 欠费离场.
 */
function ReleaseModal({
  session,
  onClose,
  onReleased,
}: {
  session: ParkingSession;
  onClose: () => void;
  onReleased: () => Promise<void>;
}) {
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function release(v: { note: string }) {
    setBusy(true);
    setError(null);
    try {
      const r = await api<Released>(`/admin/parking/sessions/${session.id}/release`, {
        method: 'POST',
        body: { note: v.note.trim() },
      });
      if (r.gate_command?.delivered) message.success('已放行，道闸已开启；欠费待车主补缴');
      else message.warning('已登记放行；开闸指令暂未送达道闸，系统将在几分钟内重试');
      await onReleased();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '放行失败');
      if (err instanceof ApiError && err.code === 'SESSION_NOT_AT_BARRIER') await onReleased();
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={`人工放行：${session.plate}`}
      okText="确认放行"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ className: 'release-submit' }}
    >
      <p>
        待缴 {yuan(Math.max(0, session.fee_fen - session.covered_fen))}
        。放行后记为欠费离场，车主可在小程序补缴。
      </p>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void release(v)}>
        <Form.Item
          name="note"
          label="放行说明"
          rules={[
            { required: true, whitespace: true, message: '请填写放行说明' },
            { max: 255, message: '放行说明最多 255 个字' },
          ]}
        >
          <Input.TextArea id="release-note" rows={3} placeholder="如：车主无法扫码，已登记联系方式" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Sessions newest first; a car still inside has no fee yet (the server prices it at exit). */
export function SessionsTab({ lots }: { lots: Lot[] }) {
  const { can } = useAuth();
  const mayRelease = can(...OPERATOR_ROLES);
  const [releasing, setReleasing] = useState<ParkingSession | null>(null);
  const [lotId, setLotId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const list = useCursorList<ParkingSession>('/admin/parking/sessions', { lot_id: lotId, status });
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <LotSelect id="sessions-lot" lots={lots} value={lotId} onChange={setLotId} />
        <LabelSelect
          id="sessions-status"
          labels={SESSION_STATUS}
          placeholder="全部状态"
          value={status}
          onChange={setStatus}
        />
        <Button onClick={() => void list.reload()}>刷新</Button>
      </Space>
      <PageState remote={list} isEmpty={(d) => d.items.length === 0} empty="没有符合条件的停车记录">
        {(d) => (
          <>
            <Table<ParkingSession>
              rowKey="id"
              size="small"
              className="sessions-table"
              loading={list.loading}
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: '车牌', dataIndex: 'plate', className: 'col-plate' },
                { title: '车型', dataIndex: 'vehicle_class', render: (c: string) => VEHICLE_CLASS[c] ?? c },
                { title: '停车场', dataIndex: 'lot_id', render: (id: string) => lotName(lots, id) },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (s: string) => <LabelTag label={labelOf(SESSION_STATUS, s)} />,
                },
                { title: '入场时间', dataIndex: 'entry_at', render: cst },
                {
                  title: '出场时间',
                  render: (_, s) => (
                    <>
                      {cst(s.exit_at)} {s.exit_offline ? <Tag>离线出场</Tag> : null}
                    </>
                  ),
                },
                { title: '停车时长', render: (_, s) => durationText(stayMinutes(s.entry_at, s.exit_at)) },
                {
                  title: '停车费',
                  align: 'right',
                  render: (_, s) =>
                    s.exit_at ? (
                      yuan(s.fee_fen)
                    ) : (
                      <Typography.Text type="secondary">出场时计费</Typography.Text>
                    ),
                },
                { title: '已缴（含券）', dataIndex: 'covered_fen', align: 'right', render: yuan },
                { title: '券抵扣', dataIndex: 'discount_fen', align: 'right', render: yuan },
                {
                  title: '预付有效至',
                  dataIndex: 'paid_until',
                  render: (t: string | null, s) => (s.status === 'prepaid' ? cst(t) : '—'),
                },
                {
                  title: '操作',
                  render: (_, s) =>
                    s.status === 'awaiting_payment' ? (
                      <Tooltip title={mayRelease ? null : '仅活动经办可放行'}>
                        <Button
                          size="small"
                          className="session-release"
                          disabled={!mayRelease}
                          onClick={() => setReleasing(s)}
                        >
                          放行
                        </Button>
                      </Tooltip>
                    ) : null,
                },
              ]}
            />
            <LoadMore list={list} className="sessions-more" />
          </>
        )}
      </PageState>
      {releasing ? (
        <ReleaseModal session={releasing} onClose={() => setReleasing(null)} onReleased={list.reload} />
      ) : null}
    </>
  );
}
