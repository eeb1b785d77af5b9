import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import { PageState } from '../../components/PageState';
import type { Remote } from '../../components/use-remote';
import { yuan } from '../../format';
import { VEHICLE_CLASS } from './model';
import type { Tariff } from './types';
import type { ResponseOf, Schemas } from '../../api-types';

type Line = Schemas['BillingDayLine'];
type Preview = ResponseOf<'postAdminParkingTariffsPreview'>;

/** Typed in Beijing time whatever the browser's zone, as the tariffs are. */
const beijing = (local: string) => `${local.length === 16 ? `${local}:00` : local}+08:00`;

/** Operators try a tariff on a stay without a car: fee and how it came about, per billing day. */
export function TariffsTab({ tariffs }: { tariffs: Remote<{ items: Tariff[] }> }) {
  const [form] = Form.useForm<{ tariff_id: string; vehicle_class: string; entry: string; exit: string }>();
  const [result, setResult] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function preview() {
    const ok = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!ok) return;
    const v = form.getFieldsValue();
    setError(null);
    try {
      setResult(
        await api<Preview>('/admin/parking/tariffs/preview', {
          method: 'POST',
          body: {
            tariff_id: v.tariff_id,
            vehicle_class: v.vehicle_class,
            entry_at: beijing(v.entry),
            exit_at: beijing(v.exit),
          },
        }),
      );
    } catch (err) {
      setResult(null);
      setError(err instanceof ApiError ? err.message : '试算失败');
    }
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card type="inner" title="收费标准">
        <PageState remote={tariffs}>
          {(d) => (
            <Table<Tariff>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.items}
              columns={[
                { title: '名称', dataIndex: 'name' },
                {
                  title: '白天',
                  render: (_, t) =>
                    `${t.day.start}–${t.day.end} 每 ${t.unit_minutes} 分钟 ${yuan(t.day.unit_price_fen)}`,
                },
                {
                  title: '夜间',
                  render: (_, t) =>
                    `每 ${t.unit_minutes} 分钟 ${yuan(t.night.unit_price_fen)}，封顶 ${yuan(t.night.cap_fen)}`,
                },
                { title: '24 小时封顶', render: (_, t) => yuan(t.cap_24h_fen) },
              ]}
            />
          )}
        </PageState>
      </Card>
      <Card type="inner" title="费用试算（北京时间）">
        <Form form={form} layout="inline" initialValues={{ tariff_id: 'gz-central', vehicle_class: 'small' }}>
          <Form.Item name="tariff_id" rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              options={tariffs.data?.items.map((t) => ({ value: t.id, label: t.name }))}
            />
          </Form.Item>
          <Form.Item name="vehicle_class">
            <Select
              style={{ width: 120 }}
              options={Object.entries(VEHICLE_CLASS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="entry" label="入场" rules={[{ required: true, message: '请填写入场时间' }]}>
            <Input type="datetime-local" className="preview-entry" />
          </Form.Item>
          <Form.Item name="exit" label="出场" rules={[{ required: true, message: '请填写出场时间' }]}>
            <Input type="datetime-local" className="preview-exit" />
          </Form.Item>
          <Button type="primary" className="preview-run" onClick={() => void preview()}>
            试算
          </Button>
        </Form>
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} /> : null}
        {result ? (
          <div style={{ marginTop: 16 }}>
            <Descriptions size="small" bordered column={3} className="preview-result">
              <Descriptions.Item label="应收">{yuan(result.fee_fen)}</Descriptions.Item>
              <Descriptions.Item label="停车时长">
                {Math.floor(result.minutes / 60)} 小时 {result.minutes % 60} 分钟
              </Descriptions.Item>
              <Descriptions.Item label="说明">
                {result.adjustments.map((a) => a.detail).join('；') || '—'}
              </Descriptions.Item>
            </Descriptions>
            <Table<Line>
              rowKey="billing_day"
              size="small"
              style={{ marginTop: 12 }}
              pagination={false}
              dataSource={result.breakdown}
              columns={[
                { title: '计费日', dataIndex: 'billing_day' },
                { title: '白天', render: (_, l) => `${l.day_units} 个单位 ${yuan(l.day_fen)}` },
                {
                  title: '夜间',
                  render: (_, l) => (
                    <>
                      {`${l.night_units} 个单位 ${yuan(l.night_fen)}`}{' '}
                      {l.night_capped ? <Tag>夜间封顶</Tag> : null}
                    </>
                  ),
                },
                {
                  title: '小计',
                  render: (_, l) => (
                    <>
                      {yuan(l.fen)} {l.capped_24h ? <Tag color="gold">24 小时封顶</Tag> : null}
                    </>
                  ),
                },
              ]}
            />
          </div>
        ) : null}
      </Card>
    </Space>
  );
}
