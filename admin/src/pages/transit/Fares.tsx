import { Alert, Button, Card, Descriptions, Form, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api';
import type { ResponseOf } from '../../api-types';
import { yuan } from '../../format';
import { TRANSIT_RULE_LABEL, transitLabel } from '../../i18n/labels';
import { useRiderCategories, useStationName, useStationOptions, type BodyOf } from './network';

// 票价试算: from one station to another by the active fare table, with its breakdown (the server's
// fare function, never a copy); and the table as GTFS-Fares v2 files to download.

type Fare = ResponseOf<'postAdminTransitFaresPreview'>;
type PreviewBody = BodyOf<'postAdminTransitFaresPreview'>;
type Values = { from?: string; to?: string; rider_category?: string };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Gtfs() {
  const [files, setFiles] = useState<ResponseOf<'getAdminTransitFaresGtfs'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function load() {
    try {
      setFiles(await api<ResponseOf<'getAdminTransitFaresGtfs'>>('/admin/transit/fares/gtfs'));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '导出失败');
    }
  }
  return (
    <Card size="small" title="GTFS-Fares v2 导出">
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {!files ? (
        <Button className="gtfs-load" onClick={() => void load()}>
          生成导出文件
        </Button>
      ) : (
        <Space direction="vertical">
          <span>票价版本 v{files.fare_version}</span>
          <Space wrap>
            {Object.entries(files.files).map(([name, text]) => (
              <Button key={name} className="gtfs-file" onClick={() => download(name, text)}>
                下载 {name}
              </Button>
            ))}
          </Space>
        </Space>
      )}
    </Card>
  );
}

export function Fares() {
  const [form] = Form.useForm<Values>();
  const [fare, setFare] = useState<Fare | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stations = useStationOptions();
  const stationName = useStationName();
  const categories = useRiderCategories();
  const [asked, setAsked] = useState<Values>({});

  async function preview(v: Values) {
    setError(null);
    if (!v.from || !v.to) return setError('请选择进站和出站车站');
    const at = Date.now();
    const body: PreviewBody = {
      journey: {
        entry: { station: v.from, at: new Date(at).toISOString() },
        exit: { station: v.to, at: new Date(at + 30 * 60_000).toISOString() },
        rider_category: v.rider_category ?? 'adult',
      },
    };
    try {
      setFare(await api<Fare>('/admin/transit/fares/preview', { method: 'POST', body }));
      setAsked(v);
    } catch (err) {
      setFare(null);
      setError(err instanceof ApiError ? err.message : '试算失败');
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title="票价试算（当前生效票价表，乘车 30 分钟）">
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => void preview(v)}
          initialValues={{ rider_category: 'adult' }}
        >
          <Form.Item label="进站" name="from">
            <Select
              className="fare-from"
              showSearch
              optionFilterProp="label"
              style={{ width: 180 }}
              options={stations}
            />
          </Form.Item>
          <Form.Item label="出站" name="to">
            <Select
              className="fare-to"
              showSearch
              optionFilterProp="label"
              style={{ width: 180 }}
              options={stations}
            />
          </Form.Item>
          <Form.Item label="乘客类别" name="rider_category">
            <Select
              style={{ width: 160 }}
              options={categories.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" className="fare-preview">
            试算
          </Button>
        </Form>
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} /> : null}
        {fare ? (
          <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} className="fare-result">
            <Descriptions size="small" bordered column={4}>
              <Descriptions.Item label="区间">
                {stationName(asked.from)} → {stationName(asked.to)}
              </Descriptions.Item>
              <Descriptions.Item label="票价">
                <span className="fare-amount">{yuan(fare.fare_fen)}</span>
              </Descriptions.Item>
              <Descriptions.Item label="里程">
                <span className="fare-distance">
                  {fare.distance_m === null ? '—' : `${(fare.distance_m / 1000).toFixed(1)} 公里`}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label="计费规则">
                <Tag>{transitLabel(TRANSIT_RULE_LABEL, fare.rule)}</Tag> 票价版本 v{fare.fare_version}
              </Descriptions.Item>
            </Descriptions>
            <Table
              size="small"
              rowKey={(r) => `${r.code}:${r.label}`}
              pagination={false}
              dataSource={fare.breakdown}
              columns={[
                { title: '明细', dataIndex: 'label' },
                { title: '金额', dataIndex: 'amount_fen', render: (v: number) => yuan(v) },
              ]}
            />
          </Space>
        ) : null}
      </Card>
      <Gtfs />
    </Space>
  );
}
