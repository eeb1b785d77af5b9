import { App as AntApp, Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import type { ItemOf } from '../../api-types';
import { TRANSIT_DESK_ACTION_LABEL, TRANSIT_RULE_LABEL, transitLabel } from '../../i18n/labels';
import { cst, yuan } from '../../format';
import {
  cstInput,
  parseCstInput,
  useRiderCategories,
  useStationName,
  useStationOptions,
  type BodyOf,
} from './network';

// A service desk action on one journey (乘客事务): the agent fills it in with a reason, then confirms
// it in a second step that says what will change; the server reprices, audits and answers.

export type Journey = ItemOf<'getAdminTransitJourneys'>;
export type DeskAction = 'add_missing_tap' | 'waive' | 'set_rider_category';
type DeskBody = BodyOf<'postAdminTransitDeskActions'>;

type Values = { station_id?: string; at?: string; rider_category?: string; reason?: string };

function bodyOf(action: DeskAction, j: Journey, v: Values): DeskBody | string {
  const reason = (v.reason ?? '').trim();
  if (reason.length < 2) return '请填写处理原因（至少 2 个字）';
  if (action === 'waive') return { action, journey_id: j.id, reason };
  if (action === 'set_rider_category') {
    if (!j.user_id) return '该行程没有乘客账户';
    if (!v.rider_category) return '请选择乘客类别';
    return { action, user_id: j.user_id, rider_category: v.rider_category, reason };
  }
  const at = parseCstInput(v.at ?? '');
  if (!v.station_id) return '请选择车站';
  if (!at) return '时间格式为 2026-12-01 08:30（北京时间）';
  return { action, journey_id: j.id, station_id: v.station_id, at, reason };
}

/** Where the missing tap most likely was: half an hour before the exit, or after the entry. */
function defaultAt(j: Journey) {
  if (j.rule === 'unpaired_exit' && j.exited_at)
    return cstInput(new Date(j.exited_at).getTime() - 30 * 60_000);
  if (j.entered_at) return cstInput(new Date(j.entered_at).getTime() + 30 * 60_000);
  return '';
}

export function DeskDialog({
  journey: j,
  action,
  onClose,
  onDone,
}: {
  journey: Journey;
  action: DeskAction;
  onClose: () => void;
  onDone: () => void;
}) {
  const { modal, message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stationName = useStationName();
  const stations = useStationOptions();
  const categories = useRiderCategories();
  const missing = j.rule === 'unpaired_exit' ? '进站' : '出站';

  async function send(body: DeskBody) {
    setBusy(true);
    try {
      await api('/admin/transit/desk-actions', { method: 'POST', body });
      message.success(`${TRANSIT_DESK_ACTION_LABEL[action]}已完成`);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败');
    } finally {
      setBusy(false);
    }
  }

  function submit() {
    const body = bodyOf(action, j, form.getFieldsValue());
    if (typeof body === 'string') return setError(body);
    setError(null);
    const what =
      body.action === 'add_missing_tap'
        ? `补录${missing}：${stationName(body.station_id)}，${cst(body.at)}，行程将按票价表重新计费`
        : body.action === 'waive'
          ? `核销欠费 ${yuan(j.owed_fen)}，乘客无需再支付`
          : `乘客类别改为 ${categories.find((c) => c.id === body.rider_category)?.name ?? body.rider_category}`;
    modal.confirm({
      title: `确认${TRANSIT_DESK_ACTION_LABEL[action]}？`,
      content: `${what}。原因：${body.reason}`,
      okText: '确认',
      cancelText: '取消',
      okButtonProps: { className: 'desk-confirm' },
      onOk: () => send(body),
    });
  }

  return (
    <Modal
      open
      title={TRANSIT_DESK_ACTION_LABEL[action]}
      okText="提交"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ className: 'desk-submit' }}
    >
      <p>
        {stationName(j.entry_station)} → {stationName(j.exit_station)} ·{' '}
        {transitLabel(TRANSIT_RULE_LABEL, j.rule)} · {yuan(j.fare_fen)}
      </p>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ at: defaultAt(j), rider_category: j.rider_category }}
      >
        {action === 'add_missing_tap' ? (
          <>
            <Form.Item label={`${missing}车站`} name="station_id">
              <Select className="desk-station" showSearch optionFilterProp="label" options={stations} />
            </Form.Item>
            <Form.Item label={`${missing}时间（北京时间）`} name="at">
              <Input className="desk-at" placeholder="2026-12-01 08:30" />
            </Form.Item>
          </>
        ) : null}
        {action === 'set_rider_category' ? (
          <Form.Item label="乘客类别（已核验证件）" name="rider_category">
            <Select options={categories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        ) : null}
        <Form.Item label="处理原因" name="reason">
          <Input.TextArea className="desk-reason" rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
