import { Card, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { api, newKey } from '../../api';
import type { ItemOf, ResponseOf } from '../../api-types';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst } from '../../format';
import {
  HW_CARD_STATUS_LABEL,
  HW_DISTRIBUTION_STATUS_LABEL,
  HW_LOCATION_KIND_LABEL,
} from '../../i18n/labels';
import { ConfirmAction } from './ConfirmAction';

// Blank-card stock per location and the distribution orders between locations (issue 18 item 2).
// One officer makes an order, another dispatches it; the destination counts what arrived, and a short
// count waits for a second person. The buttons only offer what the order's state allows; the server
// checks the roles and the four eyes again and its refusal stays in the dialog.

type StockData = ResponseOf<'getAdminHardWalletStock'>;
type StockRow = StockData['items'][number];
type Location = ItemOf<'getAdminHardWalletLocations'>;
type Distribution = ItemOf<'getAdminHardWalletDistributions'>;
type Terminal = ItemOf<'getAdminHardWalletTerminals'>;

const STATUS_COLOR: Record<string, string> = {
  created: 'blue',
  in_transit: 'gold',
  received: 'green',
  discrepancy: 'red',
  cancelled: 'default',
};

const post = (path: string, body?: unknown) =>
  api(path, { method: 'POST', body, idempotencyKey: newKey('hws') });

const locationOptions = (locations: Location[]) =>
  locations.map((l) => ({ value: l.id, label: `${l.name}（${HW_LOCATION_KIND_LABEL[l.kind] ?? l.kind}）` }));

function NewLocationAction({ terminals, onDone }: { terminals: Terminal[]; onDone: () => void }) {
  const [form] = Form.useForm<{ kind: 'branch' | 'vending'; name: string; terminal_id?: string }>();
  const kind = Form.useWatch('kind', form);
  return (
    <ConfirmAction
      label="新增库存地点"
      title="新增库存地点"
      className="hw-new-location"
      run={async () => post('/admin/hard-wallet/locations', await form.validateFields())}
      onDone={onDone}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'branch' }}>
        <Form.Item name="kind" label="类型">
          <Select
            options={[
              { value: 'branch', label: '银行网点' },
              { value: 'vending', label: '自助售卡机（只售不记名卡）' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
        >
          <Input maxLength={64} className="hw-location-name" />
        </Form.Item>
        {kind === 'vending' ? (
          <Form.Item name="terminal_id" label="对应的售卡机终端（可选；关联后终端可自行售卡）">
            <Select
              allowClear
              options={terminals
                .filter((t) => t.kind === 'vending')
                .map((t) => ({ value: t.id, label: `${t.terminal_no}（${t.store_name}）` }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </ConfirmAction>
  );
}

type NewOrderFields = {
  from_location: string;
  to_location: string;
  scope: 'range' | 'quantity';
  beg_no?: string;
  end_no?: string;
  quantity?: number;
  note?: string;
};

function NewDistributionAction({ locations, onDone }: { locations: Location[]; onDone: () => void }) {
  const [form] = Form.useForm<NewOrderFields>();
  const scope = Form.useWatch('scope', form);
  return (
    <ConfirmAction
      label="新建调拨单"
      title="新建调拨单"
      className="hw-new-distribution"
      run={async () => {
        const { scope: s, beg_no, end_no, quantity, ...v } = await form.validateFields();
        await post(
          '/admin/hard-wallet/distributions',
          s === 'range' ? { ...v, beg_no, end_no } : { ...v, quantity },
        );
      }}
      onDone={onDone}
    >
      <p>调拨单建立后卡片即被预留；须由另一位专员复核出库，收货清点数量一致后才进入调入地点的库存。</p>
      <Form form={form} layout="vertical" initialValues={{ from_location: 'warehouse', scope: 'quantity' }}>
        <Form.Item name="from_location" label="调出地点" rules={[{ required: true }]}>
          <Select options={locationOptions(locations)} className="hw-from" />
        </Form.Item>
        <Form.Item
          name="to_location"
          label="调入地点"
          rules={[{ required: true, message: '请选择调入地点' }]}
        >
          <Select options={locationOptions(locations)} className="hw-to" />
        </Form.Item>
        <Form.Item name="scope" label="调拨方式">
          <Select
            options={[
              { value: 'quantity', label: '按数量（从小卡号起）' },
              { value: 'range', label: '按卡号段' },
            ]}
          />
        </Form.Item>
        {scope === 'range' ? (
          <>
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
          </>
        ) : (
          <Form.Item name="quantity" label="数量（张）" rules={[{ required: true, message: '请填写数量' }]}>
            <InputNumber min={1} max={5000} precision={0} className="hw-quantity" />
          </Form.Item>
        )}
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

function ReceiveAction({ d, onDone }: { d: Distribution; onDone: () => void }) {
  const [form] = Form.useForm<{ received_count: number; note?: string }>();
  return (
    <ConfirmAction
      label="收货清点"
      title={`收货清点：${d.from_name} → ${d.to_name}`}
      className="hw-receive"
      run={async () => post(`/admin/hard-wallet/distributions/${d.id}/receive`, await form.validateFields())}
      onDone={onDone}
    >
      <p>
        应收 {d.quantity} 张（{d.beg_no} – {d.end_no}
        ）。数量一致即入库；少于应收数量的，整单转为“短收待处理”， 由另一位专员复核，卡片在处理前不能发放。
      </p>
      <Form form={form} layout="vertical" initialValues={{ received_count: d.quantity }}>
        <Form.Item name="received_count" label="实收数量（张）" rules={[{ required: true }]}>
          <InputNumber min={0} max={d.quantity} precision={0} className="hw-received-count" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

function ResolveAction({ d, onDone }: { d: Distribution; onDone: () => void }) {
  const [form] = Form.useForm<{ outcome: 'found' | 'write_off'; missing: string; note: string }>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <ConfirmAction
      label="处理短收"
      title={`处理短收：${d.from_name} → ${d.to_name}`}
      className="hw-resolve"
      danger
      run={async () => {
        const { missing, ...v } = await form.validateFields();
        const missing_card_nos = (missing ?? '').split(/[\s,，]+/).filter(Boolean);
        await post(`/admin/hard-wallet/distributions/${d.id}/resolve`, {
          ...v,
          ...(v.outcome === 'write_off' ? { missing_card_nos } : {}),
        });
      }}
      onDone={onDone}
    >
      <p>
        应收 {d.quantity} 张，{d.received_by_name ?? '收货人'} 实收 {d.received_count} 张，短少 {d.shortfall}{' '}
        张。
        {d.note ? `收货备注：${d.note}` : ''}
      </p>
      <Form form={form} layout="vertical" initialValues={{ outcome: 'write_off' }}>
        <Form.Item name="outcome" label="处理结果">
          <Select
            options={[
              { value: 'write_off', label: '核销短少的卡（列出卡号，这些卡永不能发放）' },
              { value: 'found', label: '复点后齐全（全部入库）' },
            ]}
          />
        </Form.Item>
        {outcome === 'write_off' ? (
          <Form.Item
            name="missing"
            label={`短少卡号（${d.shortfall} 张，空格或逗号分隔）`}
            rules={[{ required: true, message: '请列出短少的卡号' }]}
          >
            <Input.TextArea rows={2} className="hw-missing" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label="处理说明"
          rules={[{ required: true, whitespace: true, message: '请填写处理说明' }]}
        >
          <Input maxLength={200} className="hw-resolve-note" />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

function DistributionActions({ d, me, onDone }: { d: Distribution; me?: string; onDone: () => void }) {
  const base = `/admin/hard-wallet/distributions/${d.id}`;
  if (d.status === 'created')
    return (
      <Space size={4}>
        {d.created_by === me ? (
          <Tag>待另一位专员复核出库</Tag>
        ) : (
          <ConfirmAction
            label="复核出库"
            title={`复核出库：${d.from_name} → ${d.to_name}`}
            className="hw-dispatch"
            run={() => post(`${base}/dispatch`)}
            onDone={onDone}
          >
            {d.quantity} 张（{d.beg_no} – {d.end_no}）离开 {d.from_name}，在途期间不能发放。
          </ConfirmAction>
        )}
        <ConfirmAction
          label="取消"
          title="取消调拨单"
          className="hw-cancel-distribution"
          run={() => post(`${base}/cancel`)}
          onDone={onDone}
        >
          预留的 {d.quantity} 张卡回到 {d.from_name} 的可用库存。
        </ConfirmAction>
      </Space>
    );
  if (d.status === 'in_transit') return <ReceiveAction d={d} onDone={onDone} />;
  if (d.status === 'discrepancy')
    return d.received_by === me ? <Tag>待另一位专员复核</Tag> : <ResolveAction d={d} onDone={onDone} />;
  return null;
}

function StockTable({ data, terminals }: { data: StockData; terminals: Terminal[] }) {
  const terminalNo = new Map(terminals.map((t) => [t.id, t.terminal_no]));
  return (
    <Table
      rowKey={(r: StockRow) => r.location.id}
      size="small"
      className="hw-stock"
      pagination={false}
      dataSource={data.items}
      columns={[
        {
          title: '地点',
          render: (_: unknown, r: StockRow) =>
            r.location.terminal_id
              ? `${r.location.name}（终端 ${terminalNo.get(r.location.terminal_id) ?? '—'}）`
              : r.location.name,
        },
        {
          title: '类型',
          render: (_: unknown, r: StockRow) => HW_LOCATION_KIND_LABEL[r.location.kind] ?? r.location.kind,
        },
        { title: '可发放空白卡', dataIndex: 'available', className: 'hw-available' },
        { title: '已预留（待出库）', dataIndex: 'reserved' },
        {
          title: '其他状态',
          render: (_: unknown, r: StockRow) =>
            Object.entries(r.by_status)
              .filter(([s]) => s !== 'personalized')
              .map(([s, n]) => `${HW_CARD_STATUS_LABEL[s] ?? s} ${n}`)
              .join('，') || '—',
        },
      ]}
    />
  );
}

function DistributionTable({
  items,
  me,
  reload,
  officer,
}: {
  items: Distribution[];
  me?: string;
  reload: () => void;
  officer: boolean;
}) {
  return (
    <Table
      rowKey="id"
      size="small"
      className="hw-distributions"
      dataSource={items}
      columns={[
        { title: '调出 → 调入', render: (_: unknown, d: Distribution) => `${d.from_name} → ${d.to_name}` },
        { title: '卡号段', render: (_: unknown, d: Distribution) => `${d.beg_no} – ${d.end_no}` },
        { title: '数量', dataIndex: 'quantity' },
        {
          title: '实收',
          render: (_: unknown, d: Distribution) =>
            d.received_count === null
              ? '—'
              : `${d.received_count}${d.shortfall ? `（短少 ${d.shortfall}）` : ''}`,
        },
        {
          title: '状态',
          dataIndex: 'status',
          render: (v: string) => (
            <Tag color={STATUS_COLOR[v]} className="hw-distribution-status">
              {HW_DISTRIBUTION_STATUS_LABEL[v] ?? v}
            </Tag>
          ),
        },
        {
          title: '经办',
          render: (_: unknown, d: Distribution) =>
            [
              `制单 ${d.created_by_name}`,
              d.dispatched_by_name ? `出库 ${d.dispatched_by_name}` : null,
              d.received_by_name ? `收货 ${d.received_by_name}` : null,
              d.resolved_by_name ? `复核 ${d.resolved_by_name}` : null,
            ]
              .filter(Boolean)
              .join('，'),
        },
        {
          title: '核销卡号',
          render: (_: unknown, d: Distribution) =>
            d.missing_card_nos.length ? d.missing_card_nos.join('、') : '—',
        },
        { title: '建单时间（北京时间）', dataIndex: 'created_at', render: (v: string) => cst(v) },
        ...(officer
          ? [
              {
                title: '操作',
                render: (_: unknown, d: Distribution) => (
                  <DistributionActions d={d} me={me} onDone={reload} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function StockTab() {
  const { can, user } = useAuth();
  const officer = can('ecny_officer');
  const remote = useRemote(
    async () => ({
      stock: await api<StockData>('/admin/hard-wallet/stock'),
      locations: await api<{ items: Location[] }>('/admin/hard-wallet/locations'),
      distributions: await api<{ items: Distribution[] }>('/admin/hard-wallet/distributions'),
      terminals: await api<{ items: Terminal[] }>('/admin/hard-wallet/terminals'),
    }),
    [],
  );
  const reload = () => void remote.reload();
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
          {officer ? (
            <Space style={{ marginBottom: 8 }}>
              <NewLocationAction terminals={data.terminals.items} onDone={reload} />
              <NewDistributionAction locations={data.locations.items} onDone={reload} />
            </Space>
          ) : null}
          <Card
            size="small"
            title="各地点库存"
            extra={
              <span className="hw-stock-summary">
                在途 {data.stock.in_transit} 张，短收核销 {data.stock.missing} 张
              </span>
            }
            style={{ marginBottom: 16 }}
          >
            <StockTable data={data.stock} terminals={data.terminals.items} />
          </Card>
          <Card size="small" title="调拨单（建单、出库须两人；短收须另一人复核）">
            <DistributionTable
              items={data.distributions.items}
              me={user?.id}
              reload={reload}
              officer={officer}
            />
          </Card>
        </>
      )}
    </PageState>
  );
}
