import { Card, Table, Tabs, Tag } from 'antd';
import { api } from '../api';
import type { ItemOf } from '../api-types';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, yuan } from '../format';

// Hard wallets and the closed park (issue 18): terminals with their live versions and last heartbeat,
// cards (holder masked), batches and stock, offline batches and the exception queue, the park's
// organisations and subsidy runs. Read views; the actions are the API's (maker-checker server-side).

type Terminal = ItemOf<'getAdminHardWalletTerminals'>;
type HwCard = ItemOf<'getAdminHardWalletCards'>;
type Batch = ItemOf<'getAdminHardWalletBatches'>;
type OfflineBatch = ItemOf<'getAdminHardWalletOfflineBatches'>;
type HwException = ItemOf<'getAdminHardWalletExceptions'>;
type Org = ItemOf<'getAdminParkOrgs'>;
type Run = ItemOf<'getAdminParkSubsidyRuns'>;

const TERMINAL_STATUS: Record<string, { label: string; color: string }> = {
  registered: { label: '已登记，未签到', color: 'default' },
  online: { label: '在线', color: 'green' },
  offline: { label: '离线告警', color: 'red' },
  disabled: { label: '已停用', color: 'default' },
};
const CARD_STATUS: Record<string, string> = {
  produced: '已制卡',
  personalized: '已个人化（库存）',
  issued: '已发卡',
  bound: '已绑定软钱包',
  frozen: '已冻结',
  loss_temp: '口头挂失（24 小时内自动解除）',
  loss_formal: '正式挂失（静默期后退还已确认余额）',
  replaced: '已补卡',
  cancelled: '已注销',
  expired: '已过期',
};
const KIND: Record<string, string> = {
  pos: 'POS',
  canteen_pos: '食堂 POS',
  vending: '售货机',
  door: '门禁控制器',
};

function Terminals() {
  const remote = useRemote(() => api<{ items: Terminal[] }>('/admin/hard-wallet/terminals'), []);
  return (
    <PageState remote={remote}>
      {(data) => (
        <Table
          rowKey="id"
          size="small"
          dataSource={data.items}
          columns={[
            { title: '终端号', dataIndex: 'terminal_no' },
            { title: '类型', dataIndex: 'kind', render: (v: string) => KIND[v] ?? v },
            { title: '门店', dataIndex: 'store_name' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (v: string) => (
                <Tag color={TERMINAL_STATUS[v]?.color}>{TERMINAL_STATUS[v]?.label ?? v}</Tag>
              ),
            },
            {
              title: '程序版本',
              render: (_: unknown, t: Terminal) =>
                `${t.program_version ?? '—'}${t.target_program_version && t.target_program_version !== t.program_version ? ` → ${t.target_program_version}（待升级）` : ''}`,
            },
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
              title: '最近心跳',
              dataIndex: 'last_heartbeat_at',
              render: (v: string | null) => (v ? cst(v) : '从未'),
            },
          ]}
        />
      )}
    </PageState>
  );
}

function Cards() {
  const remote = useRemote(
    async () => ({
      cards: await api<{ items: HwCard[] }>('/admin/hard-wallet/cards?limit=200'),
      batches: await api<{ items: Batch[] }>('/admin/hard-wallet/batches'),
    }),
    [],
  );
  return (
    <PageState remote={remote}>
      {(data) => (
        <>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.batches.items}
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
            ]}
          />
          <Table
            rowKey="id"
            size="small"
            dataSource={data.cards.items}
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
                  <>
                    {CARD_STATUS[v] ?? v}
                    {c.blacklisted ? (
                      <Tag color="red" style={{ marginLeft: 4 }}>
                        黑名单
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              { title: '已确认余额', dataIndex: 'confirmed_balance_fen', render: (v: number) => yuan(v) },
              { title: '餐补余额', dataIndex: 'subsidy_balance_fen', render: (v: number) => yuan(v) },
              {
                title: '圈存/圈提',
                dataIndex: 'order_in_flight',
                render: (v: string | null) => (v ? <Tag color="blue">处理中</Tag> : '—'),
              },
              { title: '位置', dataIndex: 'location' },
            ]}
          />
        </>
      )}
    </PageState>
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
            <Table
              rowKey="id"
              size="small"
              dataSource={data.exceptions.items}
              columns={[
                { title: '卡号', dataIndex: 'card_no' },
                { title: '原因', dataIndex: 'code' },
                { title: '说明', dataIndex: 'detail' },
                { title: '金额', dataIndex: 'amount_fen', render: (v: number) => yuan(v) },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (v: string) =>
                    ({ open: '待处理', proposed: '待复核', accepted: '已入账', rejected: '已驳回' })[v] ?? v,
                },
                { title: '时间', dataIndex: 'created_at', render: (v: string) => cst(v) },
              ]}
            />
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
          { key: 'offline', label: '脱机批次与异常', children: <Offline /> },
          { key: 'park', label: '园区与餐补', children: <Park /> },
        ]}
      />
    </Card>
  );
}
