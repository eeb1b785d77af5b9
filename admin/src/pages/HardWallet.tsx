import { Card, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import { api } from '../api';
import type { ItemOf } from '../api-types';
import { useAuth } from '../auth';
import { PageState } from '../components/PageState';
import { useRemote, type Remote } from '../components/use-remote';
import { cst, yuan } from '../format';
import {
  HW_CARD_STATUS_LABEL as CARD_STATUS,
  HW_EXCEPTION_CODE_LABEL,
  HW_EXCEPTION_STATUS_LABEL,
  HW_NEXT_ACTION_LABEL,
  HW_TERMINAL_KIND_LABEL as KIND,
  HW_TERMINAL_STATUS_LABEL,
} from '../i18n/labels';
import { NewBatchAction, PersonalizeAction } from './hard-wallet/BatchActions';
import { CardActions } from './hard-wallet/CardActions';
import { CardOrders } from './hard-wallet/CardOrders';
import { ExceptionActions } from './hard-wallet/ExceptionActions';
import { PENDING_OFFLINE_HINT } from './hard-wallet/pending-offline';
import { RegisterTerminalAction } from './hard-wallet/RegisterTerminal';
import { StockTab } from './hard-wallet/Stock';

// Hard wallets and the closed park (issue 18): terminals with their live versions and last heartbeat,
// cards (holder masked), batches, blank-card stock per location and distribution orders, offline batches and the exception queue, the park's
// organisations and subsidy runs. Actions are offered to the roles the server lets act (e-CNY officers
// for cards and exceptions); the server checks again and its refusal is shown as it says it.

type Terminal = ItemOf<'getAdminHardWalletTerminals'>;
type HwCard = ItemOf<'getAdminHardWalletCards'>;
type Batch = ItemOf<'getAdminHardWalletBatches'>;
type Location = ItemOf<'getAdminHardWalletLocations'>;
type OfflineBatch = ItemOf<'getAdminHardWalletOfflineBatches'>;
type HwException = ItemOf<'getAdminHardWalletExceptions'>;
type Org = ItemOf<'getAdminParkOrgs'>;
type Run = ItemOf<'getAdminParkSubsidyRuns'>;

const TERMINAL_COLOR: Record<string, string> = { online: 'green', offline: 'red' };

/** How long ago, in words, from the server's last heartbeat. */
function ago(iso: string | null): string {
  if (!iso) return '';
  const min = Math.floor((Date.now() - Date.parse(iso)) / 60_000);
  if (min < 1) return '（刚刚）';
  return min < 120 ? `（${min} 分钟前）` : `（${Math.floor(min / 60)} 小时前）`;
}

function Terminals() {
  const { can } = useAuth();
  const remote = useRemote(() => api<{ items: Terminal[] }>('/admin/hard-wallet/terminals'), []);
  return (
    <>
      {can('registrar') ? (
        <Space style={{ marginBottom: 8 }}>
          <RegisterTerminalAction onDone={() => void remote.reload()} />
        </Space>
      ) : null}
      <TerminalTable remote={remote} />
    </>
  );
}

function TerminalTable({ remote }: { remote: Remote<{ items: Terminal[] }> }) {
  return (
    <PageState remote={remote}>
      {(data) => (
        <Table
          rowKey="id"
          size="small"
          className="hw-terminals"
          rowClassName={(t: Terminal) => (t.status === 'offline' ? 'hw-stale' : '')}
          dataSource={data.items}
          columns={[
            { title: '终端号', dataIndex: 'terminal_no' },
            { title: '类型', dataIndex: 'kind', render: (v: string) => KIND[v] ?? v },
            { title: '门店', dataIndex: 'store_name' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (v: string) => (
                <Tag color={TERMINAL_COLOR[v]} className={`hw-terminal-${v}`}>
                  {HW_TERMINAL_STATUS_LABEL[v] ?? v}
                </Tag>
              ),
            },
            {
              title: '程序版本',
              render: (_: unknown, t: Terminal) =>
                `${t.program_version ?? '—'}${t.target_program_version && t.target_program_version !== t.program_version ? ` → ${t.target_program_version}（待升级）` : ''}`,
            },
            { title: '参数版本', dataIndex: 'param_version' },
            { title: '黑名单版本', dataIndex: 'blacklist_version' },
            { title: '白名单版本', dataIndex: 'whitelist_version' },
            { title: '未上送笔数', dataIndex: 'unuploaded_count' },
            { title: '序号连续至', dataIndex: 'seq_contiguous' },
            {
              title: '未处理告警',
              render: (_: unknown, t: Terminal) =>
                Object.entries(t.open_alerts).map(([k, n]) => (
                  <Tag key={k} color="orange">
                    {k === 'sequence_gap' ? '批次缺号' : '离线'} {n}
                  </Tag>
                )),
            },
            {
              title: '最近心跳（北京时间）',
              dataIndex: 'last_heartbeat_at',
              render: (v: string | null) => (v ? `${cst(v)}${ago(v)}` : '从未'),
            },
          ]}
        />
      )}
    </PageState>
  );
}

function BatchTable({ items, officer, reload }: { items: Batch[]; officer: boolean; reload: () => void }) {
  return (
    <Table
      rowKey="id"
      size="small"
      className="hw-batches"
      pagination={false}
      dataSource={items}
      style={{ marginBottom: 16 }}
      columns={[
        { title: '批次', dataIndex: 'id' },
        { title: '卡号段', render: (_: unknown, b: Batch) => `${b.beg_no} – ${b.end_no}` },
        { title: 'COS', dataIndex: 'cos_version' },
        { title: '密钥版本', dataIndex: 'key_version' },
        {
          title: '各状态张数',
          render: (_: unknown, b: Batch) =>
            Object.entries(b.by_status)
              .map(([s, n]) => `${CARD_STATUS[s] ?? s} ${n}`)
              .join('，'),
        },
        ...(officer
          ? [{ title: '操作', render: (_: unknown, b: Batch) => <PersonalizeAction b={b} onDone={reload} /> }]
          : []),
      ]}
    />
  );
}

/** Where a card is: a stock location by name, or on its way / written off. */
const PLACE: Record<string, string> = { in_transit: '调拨在途', missing: '短收核销' };

function CardTable({
  items,
  officer,
  reload,
  locations,
}: {
  items: HwCard[];
  officer: boolean;
  reload: () => void;
  locations: Location[];
}) {
  return (
    <Table
      rowKey="id"
      size="small"
      className="hw-cards"
      dataSource={items}
      expandable={{
        expandedRowRender: (c: HwCard) => <CardOrders card={c} />,
      }}
      columns={[
        { title: '卡号', dataIndex: 'card_no' },
        {
          title: '持卡人',
          dataIndex: 'holder_name',
          render: (v: string | null, c: HwCard) => v ?? (c.holder_kind === 'anonymous' ? '匿名' : '—'),
        },
        {
          title: '状态',
          dataIndex: 'status',
          render: (v: string, c: HwCard) => (
            <span className="hw-card-status">
              {CARD_STATUS[v] ?? v}
              {c.blacklisted ? (
                <Tag color="red" style={{ marginLeft: 4 }}>
                  黑名单
                </Tag>
              ) : null}
              {c.next_action ? (
                <Tag
                  color={c.next_action.startsWith('retry_') ? 'red' : 'blue'}
                  className="hw-next-action"
                  style={{ marginLeft: 4 }}
                >
                  {HW_NEXT_ACTION_LABEL[c.next_action] ?? c.next_action}
                </Tag>
              ) : null}
            </span>
          ),
        },
        { title: '已确认余额', dataIndex: 'confirmed_balance_fen', render: (v: number) => yuan(v) },
        {
          title: <Tooltip title={PENDING_OFFLINE_HINT}>待确认脱机消费</Tooltip>,
          className: 'hw-pending-offline',
          render: (_: unknown, c: HwCard) =>
            c.pending_offline_count ? `${yuan(c.pending_offline_fen)}（${c.pending_offline_count} 笔）` : '—',
        },
        { title: '餐补余额', dataIndex: 'subsidy_balance_fen', render: (v: number) => yuan(v) },
        {
          title: '圈存/圈提',
          dataIndex: 'order_in_flight',
          render: (v: string | null) => (v ? <Tag color="blue">处理中</Tag> : '—'),
        },
        {
          title: '位置',
          dataIndex: 'location',
          render: (v: string, c: HwCard) => c.location_name ?? PLACE[v] ?? v,
        },
        ...(officer
          ? [
              {
                title: '操作',
                render: (_: unknown, c: HwCard) => (
                  <CardActions c={c} locations={locations} onDone={reload} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Cards() {
  const { can } = useAuth();
  const officer = can('ecny_officer');
  const remote = useRemote(
    async () => ({
      cards: await api<{ items: HwCard[] }>('/admin/hard-wallet/cards?limit=200'),
      batches: await api<{ items: Batch[] }>('/admin/hard-wallet/batches'),
      locations: await api<{ items: Location[] }>('/admin/hard-wallet/locations'),
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
              <NewBatchAction onDone={reload} />
            </Space>
          ) : null}
          <BatchTable items={data.batches.items} officer={officer} reload={reload} />
          <CardTable
            items={data.cards.items}
            officer={officer}
            reload={reload}
            locations={data.locations.items}
          />
        </>
      )}
    </PageState>
  );
}

function ExceptionTable({ items, reload }: { items: HwException[]; reload: () => void }) {
  const { can, user } = useAuth();
  return (
    <Table
      rowKey="id"
      size="small"
      className="hw-exceptions"
      dataSource={items}
      columns={[
        { title: '卡号', dataIndex: 'card_no' },
        { title: '原因', dataIndex: 'code', render: (v: string) => HW_EXCEPTION_CODE_LABEL[v] ?? v },
        { title: '说明', dataIndex: 'detail' },
        { title: '金额', dataIndex: 'amount_fen', render: (v: number) => yuan(v) },
        {
          title: '状态',
          dataIndex: 'status',
          render: (v: string) => (
            <span className="hw-exception-status">{HW_EXCEPTION_STATUS_LABEL[v] ?? v}</span>
          ),
        },
        { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
        ...(can('ecny_officer')
          ? [
              {
                title: '操作',
                render: (_: unknown, e: HwException) => (
                  <ExceptionActions e={e} me={user?.id} onDone={reload} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Offline() {
  const remote = useRemote(
    async () => ({
      batches: await api<{ items: OfflineBatch[] }>('/admin/hard-wallet/offline-batches'),
      exceptions: await api<{ items: HwException[] }>('/admin/hard-wallet/exceptions'),
    }),
    [],
  );
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
          <Card
            size="small"
            title="异常队列（须两人处理：一人提出、另一人复核）"
            style={{ marginBottom: 16 }}
          >
            <ExceptionTable items={data.exceptions.items} reload={() => void remote.reload()} />
          </Card>
          <Table
            rowKey="id"
            size="small"
            dataSource={data.batches.items}
            columns={[
              { title: '终端', dataIndex: 'terminal_no' },
              { title: '批次号', dataIndex: 'batch_no' },
              { title: '上送', dataIndex: 'records' },
              { title: '入库', dataIndex: 'accepted' },
              { title: '重复（已忽略）', dataIndex: 'duplicates' },
              { title: '拒收', dataIndex: 'rejected' },
              { title: '收到时间', dataIndex: 'received_at', render: (v: string) => cst(v) },
            ]}
          />
        </>
      )}
    </PageState>
  );
}

function Park() {
  const remote = useRemote(
    async () => ({
      orgs: await api<{ items: Org[] }>('/admin/park/orgs'),
      runs: await api<{ items: Run[] }>('/admin/park/subsidy-runs'),
    }),
    [],
  );
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
          {data.orgs.items.map((o) => (
            <Card key={o.id} size="small" title={o.name} style={{ marginBottom: 16 }}>
              部门：{o.departments.map((d) => `${d.name}（${d.active_staff} 人）`).join('、')}；餐补资金余额{' '}
              {yuan(o.fund_balance_fen)}；门禁白名单版本 {o.whitelist_version}
            </Card>
          ))}
          <Table
            rowKey="id"
            size="small"
            dataSource={data.runs.items}
            columns={[
              { title: '月份', dataIndex: 'month' },
              { title: '每人', dataIndex: 'amount_per_staff_fen', render: (v: number) => yuan(v) },
              { title: '合计', dataIndex: 'total_fen', render: (v: number) => yuan(v) },
              { title: '已退回', dataIndex: 'returned_fen', render: (v: number) => yuan(v) },
              {
                title: '用餐时段',
                dataIndex: 'windows',
                render: (w: Run['windows']) => w.map((x) => `${x.start}–${x.end}`).join('、'),
              },
              {
                title: '状态',
                dataIndex: 'status',
                render: (v: string) => ({ draft: '待复核', posted: '已发放', closed: '已结束' })[v] ?? v,
              },
            ]}
          />
        </>
      )}
    </PageState>
  );
}

export default function HardWallet() {
  return (
    <Card title="硬钱包与园区">
      <Tabs
        items={[
          { key: 'terminals', label: '终端', children: <Terminals /> },
          { key: 'cards', label: '卡片与批次', children: <Cards /> },
          { key: 'stock', label: '库存与调拨', children: <StockTab /> },
          { key: 'offline', label: '脱机批次与异常', children: <Offline /> },
          { key: 'park', label: '园区与餐补', children: <Park /> },
        ]}
      />
    </Card>
  );
}
