import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Spin,
  Steps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, newKey } from '../../api';
import { useRemote } from '../../components/use-remote';
import { cst, parseYuan, yuan } from '../../format';
import { openRejection, type Decision } from './decisions';
import { valuesFromCampaign } from './from-campaign';
import { serverIssueText } from './issues';
import { announceCampaignChange } from './todo';
import type { Campaign } from './types';

export type Values = {
  kind: 'red_packet' | 'coupon';
  name: string;
  description?: string;
  funder_id: string;
  budget_yuan: number;
  rp_mode?: 'fixed' | 'random';
  rp_amount_yuan?: number;
  rp_count?: number;
  coupon_type?: 'threshold' | 'instant' | 'percent';
  threshold_yuan?: number;
  discount_yuan?: number;
  percent_off?: number;
  cap_yuan?: number;
  use_days?: number;
  merchant_ids?: string[];
  claim_window: [Dayjs, Dayjs];
  per_user_count: number;
  per_user_period: 'day' | 'week' | 'month' | 'lifetime';
  natural_person: boolean;
  max_count_per_day?: number;
  /** Terms the wizard has no field for, carried over unchanged when a campaign is edited or copied. */
  carried?: {
    use_window?: { start_at?: string; end_at: string };
    rp_merchant_ids?: string[];
    rp_use_days?: number;
    max_count?: number;
    max_amount_fen?: number;
  };
};

const fen = (v: number | undefined) =>
  v === undefined || v === null ? undefined : (parseYuan(String(v)) ?? undefined);

/** The wizard's values → the API's body (amounts typed in yuan become integer fen here, once). */
export function toCampaignBody(v: Values) {
  return {
    kind: v.kind,
    name: v.name,
    description: v.description || undefined,
    funder_id: v.funder_id,
    budget_fen: fen(v.budget_yuan),
    claim_start_at: v.claim_window[0].toISOString(),
    claim_end_at: v.claim_window[1].toISOString(),
    red_packet:
      v.kind === 'red_packet'
        ? v.rp_mode === 'random'
          ? { mode: 'random' as const, count: v.rp_count, ...redPacketCarried(v) }
          : { mode: 'fixed' as const, amount_fen: fen(v.rp_amount_yuan), ...redPacketCarried(v) }
        : undefined,
    coupon:
      v.kind === 'coupon'
        ? {
            type: v.coupon_type,
            threshold_fen: v.coupon_type === 'threshold' ? fen(v.threshold_yuan) : undefined,
            discount_fen: v.coupon_type !== 'percent' ? fen(v.discount_yuan) : undefined,
            percent_off: v.coupon_type === 'percent' ? v.percent_off : undefined,
            cap_fen: v.coupon_type === 'percent' ? fen(v.cap_yuan) : undefined,
            use_window: v.carried?.use_window ?? { days: v.use_days ?? 7 },
            merchant_ids: v.merchant_ids ?? [],
          }
        : undefined,
    limits: {
      per_user: { count: v.per_user_count, period: v.per_user_period },
      natural_person: v.natural_person,
      max_count_per_day: v.max_count_per_day || undefined,
      max_count: v.carried?.max_count,
      max_amount_fen: v.carried?.max_amount_fen,
    },
  };
}

const redPacketCarried = (v: Values) => ({
  ...(v.carried?.rp_merchant_ids?.length ? { merchant_ids: v.carried.rp_merchant_ids } : {}),
  ...(v.carried?.rp_use_days ? { use_days: v.carried.rp_use_days } : {}),
});

// Where each API field lives in the wizard: (step, form field) for inline errors.
const FIELD_OF: Record<string, [number, string]> = {
  '/name': [0, 'name'],
  '/description': [0, 'description'],
  '/funder_id': [0, 'funder_id'],
  '/budget_fen': [0, 'budget_yuan'],
  '/red_packet/amount_fen': [1, 'rp_amount_yuan'],
  '/red_packet/count': [1, 'rp_count'],
  '/coupon/threshold_fen': [1, 'threshold_yuan'],
  '/coupon/discount_fen': [1, 'discount_yuan'],
  '/coupon/percent_off': [1, 'percent_off'],
  '/coupon/cap_fen': [1, 'cap_yuan'],
  '/coupon/use_window/days': [1, 'use_days'],
  '/claim_start_at': [2, 'claim_window'],
  '/claim_end_at': [2, 'claim_window'],
  '/limits/per_user/count': [2, 'per_user_count'],
  '/limits/max_count_per_day': [2, 'max_count_per_day'],
};

const STEP_FIELDS: string[][] = [
  ['kind', 'name', 'description', 'funder_id', 'budget_yuan'],
  [
    'rp_mode',
    'rp_amount_yuan',
    'rp_count',
    'coupon_type',
    'threshold_yuan',
    'discount_yuan',
    'percent_off',
    'cap_yuan',
    'use_days',
    'merchant_ids',
  ],
  ['claim_window', 'per_user_count', 'per_user_period', 'natural_person', 'max_count_per_day'],
];

/** Where the wizard starts: a new campaign, an edit of a draft or rejected one, or a copy of any. */
function useSource() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const from = id ?? search.get('from') ?? undefined;
  const source = useRemote(
    () => (from ? api<Campaign>(`/admin/campaigns/${from}`) : Promise.resolve(null)),
    [from],
  );
  const decisions = useRemote(
    () =>
      id ? api<{ items: Decision[] }>(`/admin/campaigns/${id}/decisions`) : Promise.resolve({ items: [] }),
    [id],
  );
  return { editId: id, copyOf: id ? undefined : from, source, decisions };
}

export function CampaignWizard() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { editId, copyOf, source, decisions } = useSource();
  const original = source.data ?? null;
  const editable = !editId || (original !== null && ['draft', 'rejected'].includes(original.status));
  const rejection = decisions.data ? openRejection(decisions.data.items) : null;
  useEffect(() => {
    if (original) form.setFieldsValue(valuesFromCampaign(original, { copy: Boolean(copyOf) }));
  }, [original, copyOf, form]);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => newKey('create'));
  const funders = useRemote(
    () => api<{ items: { id: string; name: string; balance_fen: number }[] }>('/admin/funders'),
    [],
  );
  const merchants = useRemote(
    () => api<{ items: { id: string; name: string; category: string }[] }>('/admin/merchants'),
    [],
  );
  const kind = Form.useWatch('kind', form);
  const rpMode = Form.useWatch('rp_mode', form);
  const couponType = Form.useWatch('coupon_type', form);

  async function next() {
    // A failed validation marks the fields in red; nothing else to do.
    const ok = await form.validateFields(STEP_FIELDS[step]).then(
      () => true,
      () => false,
    );
    if (ok) setStep((s) => s + 1);
  }

  /** An edit saves over the draft (a rejected campaign goes back to draft first); else a new draft. */
  async function save(v: Values): Promise<string> {
    const body = toCampaignBody(v);
    if (!editId) {
      const created = await api<{ id: string }>('/admin/campaigns', {
        method: 'POST',
        body,
        idempotencyKey: key,
      });
      return created.id;
    }
    if (original?.status === 'rejected') {
      await api(`/admin/campaigns/${editId}/revise`, { method: 'POST', body: {} });
    }
    const { kind: _kind, ...changes } = body;
    await api(`/admin/campaigns/${editId}`, { method: 'PATCH', body: changes });
    return editId;
  }

  async function create(submitAfter: boolean) {
    setError(null);
    setBusy(true);
    try {
      const id = await save(form.getFieldsValue(true) as Values);
      if (submitAfter) await api(`/admin/campaigns/${id}/submit`, { method: 'POST', body: {} });
      announceCampaignChange();
      navigate(`/campaigns/${id}`);
    } catch (err) {
      if (err instanceof ApiError && err.details?.issues?.length) {
        const located = err.details.issues.filter((i) => FIELD_OF[i.path]);
        form.setFields(
          located.map((i) => ({
            name: FIELD_OF[i.path][1] as keyof Values,
            errors: [serverIssueText(i.message)],
          })),
        );
        if (located.length) setStep(FIELD_OF[located[0].path][0]);
        const elsewhere = err.details.issues.filter((i) => !FIELD_OF[i.path]);
        setError(
          elsewhere.length
            ? elsewhere.map((i) => `${i.path}：${serverIssueText(i.message)}`).join('；')
            : '请修改标红的项目',
        );
      } else {
        setError(err instanceof ApiError ? err.message : '创建失败');
      }
    } finally {
      setBusy(false);
    }
  }

  const v = form.getFieldsValue(true) as Partial<Values>;
  if ((editId || copyOf) && !original) {
    return source.error ? (
      <Alert type="error" showIcon message={source.error.message} />
    ) : (
      <Spin style={{ display: 'block', margin: '64px auto' }} />
    );
  }
  const title = editId ? `编辑活动：${original?.name}` : copyOf ? '复制为新活动' : '新建活动';
  return (
    <Card title={title} className="campaign-wizard">
      {!editable ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="只有草稿或已驳回的活动可以修改；可复制为新活动。"
        />
      ) : null}
      {editId && rejection ? (
        <Alert
          className="reject-reason"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`驳回原因：${rejection.comment ?? '（未填写）'}`}
          description={`${rejection.actor_name ?? rejection.actor_id} 于 ${cst(rejection.at)} 驳回`}
        />
      ) : null}
      {copyOf ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`复制自“${original?.name}”，保存后是一个新的草稿，原活动不变。`}
        />
      ) : null}
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: '基本信息与资金' },
          { title: '红包 / 券面' },
          { title: '时间与限制' },
          { title: '确认' },
        ]}
      />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{
          kind: 'coupon',
          rp_mode: 'fixed',
          coupon_type: 'threshold',
          use_days: 7,
          per_user_count: 1,
          per_user_period: 'lifetime',
          natural_person: false,
          claim_window: [dayjs().add(10, 'minute'), dayjs().add(7, 'day')],
        }}
      >
        <div style={{ display: step === 0 ? 'block' : 'none' }}>
          <Form.Item label="活动类型" name="kind">
            <Radio.Group
              disabled={Boolean(editId)}
              options={[
                { value: 'red_packet', label: '数字人民币红包' },
                { value: 'coupon', label: '消费券' },
              ]}
            />
          </Form.Item>
          <Form.Item label="活动名称" name="name" rules={[{ required: true, message: '请填写活动名称' }]}>
            <Input maxLength={128} placeholder="如：满 80 减 20 商超券" />
          </Form.Item>
          <Form.Item label="活动说明（市民可见）" name="description">
            <Input.TextArea maxLength={2000} rows={2} />
          </Form.Item>
          <Form.Item label="出资方" name="funder_id" rules={[{ required: true, message: '请选择出资方' }]}>
            <Select
              loading={funders.loading}
              options={funders.data?.items.map((f) => ({
                value: f.id,
                label: `${f.name}（可用 ${yuan(f.balance_fen)}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            label="活动预算（元）"
            name="budget_yuan"
            rules={[{ required: true, message: '请填写预算' }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: 240 }} />
          </Form.Item>
        </div>
        <div style={{ display: step === 1 ? 'block' : 'none' }}>
          {kind === 'red_packet' ? (
            <>
              <Form.Item label="红包金额" name="rp_mode">
                <Radio.Group
                  options={[
                    { value: 'fixed', label: '固定金额' },
                    { value: 'random', label: '随机金额（拼手气）' },
                  ]}
                />
              </Form.Item>
              {rpMode === 'random' ? (
                <Form.Item
                  label="红包个数（预算随机拆分）"
                  name="rp_count"
                  rules={[{ required: true, message: '请填写个数' }]}
                >
                  <InputNumber min={1} precision={0} style={{ width: 240 }} />
                </Form.Item>
              ) : (
                <Form.Item
                  label="每个红包（元）"
                  name="rp_amount_yuan"
                  rules={[{ required: true, message: '请填写金额' }]}
                >
                  <InputNumber min={0.01} precision={2} style={{ width: 240 }} />
                </Form.Item>
              )}
            </>
          ) : (
            <>
              <Form.Item label="券类型" name="coupon_type">
                <Radio.Group
                  options={[
                    { value: 'threshold', label: '满减' },
                    { value: 'instant', label: '立减' },
                    { value: 'percent', label: '折扣' },
                  ]}
                />
              </Form.Item>
              {couponType === 'threshold' ? (
                <Form.Item
                  label="使用门槛：订单满（元）"
                  name="threshold_yuan"
                  rules={[{ required: true, message: '请填写门槛' }]}
                >
                  <InputNumber min={0} precision={2} style={{ width: 240 }} />
                </Form.Item>
              ) : null}
              {couponType !== 'percent' ? (
                <Form.Item
                  label="优惠金额（元）"
                  name="discount_yuan"
                  rules={[{ required: true, message: '请填写优惠金额' }]}
                >
                  <InputNumber min={0.01} precision={2} style={{ width: 240 }} />
                </Form.Item>
              ) : (
                <>
                  <Form.Item
                    label="折扣（减百分之几）"
                    name="percent_off"
                    rules={[{ required: true, message: '请填写折扣' }]}
                  >
                    <InputNumber min={1} max={99} precision={0} style={{ width: 240 }} addonAfter="%" />
                  </Form.Item>
                  <Form.Item
                    label="最高优惠（元）"
                    name="cap_yuan"
                    rules={[{ required: true, message: '折扣券须设置封顶' }]}
                  >
                    <InputNumber min={0.01} precision={2} style={{ width: 240 }} />
                  </Form.Item>
                </>
              )}
              <Form.Item label="领取后有效天数" name="use_days">
                <InputNumber min={1} max={366} precision={0} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item label="适用商户（不选为全部合作商户）" name="merchant_ids">
                <Select
                  mode="multiple"
                  allowClear
                  options={merchants.data?.items.map((m) => ({ value: m.id, label: m.name }))}
                />
              </Form.Item>
            </>
          )}
        </div>
        <div style={{ display: step === 2 ? 'block' : 'none' }}>
          <Form.Item
            label="领取时间（北京时间）"
            name="claim_window"
            rules={[{ required: true, message: '请选择领取时间' }]}
          >
            <DatePicker.RangePicker showTime format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Space align="start">
            <Form.Item label="每人限领次数" name="per_user_count">
              <InputNumber min={1} precision={0} />
            </Form.Item>
            <Form.Item label="周期" name="per_user_period">
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'lifetime', label: '整个活动' },
                  { value: 'day', label: '每天' },
                  { value: 'week', label: '每周' },
                  { value: 'month', label: '每月' },
                ]}
              />
            </Form.Item>
          </Space>
          <Form.Item name="natural_person" valuePropName="checked">
            <Checkbox>同一实名用户只能领取一次（须实名认证）</Checkbox>
          </Form.Item>
          <Form.Item label="每日最多发放（可选）" name="max_count_per_day">
            <InputNumber min={1} precision={0} style={{ width: 240 }} />
          </Form.Item>
          <Alert
            type="info"
            showIcon
            message="领取资格规则与风控策略在活动创建后于详情页的“规则”中配置，并同样需要审批。"
          />
        </div>
        {step === 3 ? (
          <Card size="small" title="确认" className="wizard-review">
            <p>名称：{v.name}</p>
            <p>类型：{v.kind === 'coupon' ? '消费券' : '数字人民币红包'}</p>
            <p>预算：{yuan(fen(v.budget_yuan) ?? 0)}</p>
            <p>
              领取时间：{v.claim_window?.[0]?.format('YYYY-MM-DD HH:mm')} 至{' '}
              {v.claim_window?.[1]?.format('YYYY-MM-DD HH:mm')}
            </p>
          </Card>
        ) : null}
      </Form>
      <Space style={{ marginTop: 24 }}>
        {step > 0 ? <Button onClick={() => setStep((s) => s - 1)}>上一步</Button> : null}
        {step < 3 ? (
          <Button type="primary" onClick={() => void next()}>
            下一步
          </Button>
        ) : (
          <>
            <Button
              loading={busy}
              disabled={!editable}
              onClick={() => void create(false)}
              className="save-draft"
            >
              保存草稿
            </Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!editable}
              onClick={() => void create(true)}
              className="create-submit"
            >
              {editId ? '保存并重新提交审批' : '创建并提交审批'}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
