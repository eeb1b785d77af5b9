import { Button, Card, DatePicker, Popconfirm, Space, Table, Tabs, Tag, App as AntApp } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, type Page } from '../api';
import { useAuth } from '../auth';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';

// 数字人民币业务: the institution's customers' wallets (masked), exchanges (兑出/兑回) and the day's
// reconciliation with each operator. Officers (ecny_officer) freeze and unfreeze; auditors read.

type Wallet = {
  id: string;
  kind: 'personal' | 'corporate';
  name: string;
  operator_id: string;
  wallet_id_masked: string;
  wallet_type: string;
  wallet_level: string;
  status: 'normal' | 'frozen' | 'closed';
  account_no_masked: string | null;
  linked: boolean;
  created_at: string | null;
};
type Exchange = {
  id: string;
  direction: 'out' | 'back' | 'interest';
  interest_quarter: string | null;
  amount_fen: number;
  status: 'processing' | 'succeeded' | 'failed';
  core_status: string;
  error_code: string | null;
  wallet_id_masked: string;
  account_no_masked: string | null;
  operator_id: string;
  created_at: string | null;
  completed_at: string | null;
};
type Totals = { count: number; amount_fen: number };
type Recon = {
  bill_date: string;
  matched: boolean;
  operators: {
    operator_id: string;
    batch_id: string;
    matched: boolean;
    lines: { msg_tp: string; status: string; operator: Totals; platform: Totals; matched: boolean }[];
    net: { operator_fen: number; platform_fen: number; matched: boolean };
  }[];
};

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const WALLET_STATUS: Record<Wallet['status'], [string, string]> = {
  normal: ['正常', 'green'],
  frozen: ['已冻结', 'orange'],
  closed: ['已注销', 'default'],
};
const EXCHANGE_STATUS: Record<Exchange['status'], [string, string]> = {
  processing: ['处理中', 'blue'],
  succeeded: ['成功', 'green'],
  failed: ['失败（已退回）', 'red'],
};
const CORE_STATUS: Record<string, string> = {
  init: '待记账',
  debited: '已扣款',
  none: '未扣款',
  crediting: '入账中',
  credited: '已入账',
  reversed: '已冲正',
  failed: '入账失败（待调账）',
};
const MSG_LABEL: Record<string, string> = { 'dcep.225': '225 兑出', 'dcep.221': '221 兑回' };

function Wallets() {
  const { can } = useAuth();
  const { message } = AntApp.useApp();
  const remote = useRemote(() => api<Page<Wallet>>('/admin/ecny/wallets?limit=100'), []);
  async function act(w: Wallet, action: 'freeze' | 'unfreeze') {
    try {
      await api(`/admin/ecny/wallets/${w.id}/${action}`, { method: 'POST', body: {} });
      message.success(action === 'freeze' ? '已冻结' : '已解冻');
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    }
  }
  return (
    <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="还没有客户开立钱包">
      {(d) => (
        <Table<Wallet>
          rowKey="id"
          size="small"
          dataSource={d.items}
          columns={[
            { title: '钱包编号', dataIndex: 'wallet_id_masked', width: 170 },
            { title: '客户', dataIndex: 'name', width: 180 },
            {
              title: '类型',
              width: 110,
              render: (_, w) =>
                w.kind === 'corporate' ? '对公钱包' : `个人 ${w.wallet_level.replace('WL0', '')} 类`,
            },
            { title: '运营机构', dataIndex: 'operator_id', width: 90 },
            { title: '挂接账户', width: 150, render: (_, w) => w.account_no_masked ?? '未挂接' },
            {
              title: '状态',
              width: 90,
              render: (_, w) => <Tag color={WALLET_STATUS[w.status][1]}>{WALLET_STATUS[w.status][0]}</Tag>,
            },
            { title: '开立时间', dataIndex: 'created_at', width: 170, render: cst },
            {
              title: '操作',
              render: (_, w) =>
                can('ecny_officer') && w.status !== 'closed' ? (
                  <Popconfirm
                    title={w.status === 'frozen' ? '确认解冻该钱包？' : '确认冻结该钱包？'}
                    onConfirm={() => act(w, w.status === 'frozen' ? 'unfreeze' : 'freeze')}
                  >
                    <Button size="small">{w.status === 'frozen' ? '解冻' : '冻结'}</Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      )}
    </PageState>
  );
}

function Exchanges() {
  const remote = useRemote(() => api<Page<Exchange>>('/admin/ecny/exchanges?limit=100'), []);
  return (
    <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="还没有兑换记录">
      {(d) => (
        <Table<Exchange>
          rowKey="id"
          size="small"
          dataSource={d.items}
          columns={[
            { title: '时间', dataIndex: 'created_at', width: 170, render: cst },
            {
              title: '方向',
              width: 120,
              render: (_, e) =>
                e.direction === 'interest'
                  ? `利息（${e.interest_quarter}）`
                  : e.direction === 'out'
                    ? '兑出（存款→钱包）'
                    : '兑回（钱包→存款）',
            },
            { title: '金额', width: 110, render: (_, e) => yuan(e.amount_fen) },
            { title: '钱包', dataIndex: 'wallet_id_masked', width: 170 },
            { title: '账户', dataIndex: 'account_no_masked', width: 130 },
            {
              title: '状态',
              width: 130,
              render: (_, e) => (
                <Tag color={EXCHANGE_STATUS[e.status][1]}>{EXCHANGE_STATUS[e.status][0]}</Tag>
              ),
            },
            { title: '核心', width: 140, render: (_, e) => CORE_STATUS[e.core_status] ?? e.core_status },
            { title: '原因', dataIndex: 'error_code', render: (c: string | null) => c ?? '' },
          ]}
        />
      )}
    </PageState>
  );
}

function Reconciliation() {
  const [day, setDay] = useState<Dayjs>(dayjs());
  const billDate = day.format('YYYYMMDD');
  const remote = useRemote(() => api<Recon>(`/admin/ecny/reconciliation?bill_date=${billDate}`), [billDate]);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
      </Space>
      <PageState remote={remote}>
        {(d) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {d.operators.map((o) => (
              <Card
                key={o.operator_id}
                size="small"
                title={`运营机构 ${o.operator_id} · 批次 ${o.batch_id}`}
                extra={<Tag color={o.matched ? 'green' : 'red'}>{o.matched ? '对平' : '有差异'}</Tag>}
              >
                <Table
                  rowKey={(l) => `${l.msg_tp}-${l.status}`}
                  size="small"
                  pagination={false}
                  dataSource={o.lines}
                  columns={[
                    { title: '报文', render: (_, l) => MSG_LABEL[l.msg_tp] ?? l.msg_tp },
                    { title: '终态', render: (_, l) => (l.status === 'SUCCESS' ? '成功' : '失败') },
                    {
                      title: '运营机构',
                      render: (_, l) => `${l.operator.count} 笔 ${yuan(l.operator.amount_fen)}`,
                    },
                    {
                      title: '本行',
                      render: (_, l) => `${l.platform.count} 笔 ${yuan(l.platform.amount_fen)}`,
                    },
                    { title: '', render: (_, l) => (l.matched ? '✓' : <Tag color="red">差异</Tag>) },
                  ]}
                />
                <div style={{ marginTop: 8 }}>
                  轧差净额：运营机构 {yuan(o.net.operator_fen)}，本行 {yuan(o.net.platform_fen)}
                </div>
              </Card>
            ))}
          </Space>
        )}
      </PageState>
    </>
  );
}

export function Ecny() {
  const { tab = 'wallets' } = useParams();
  const navigate = useNavigate();
  return (
    <Card title="数字人民币业务">
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(`/ecny/${k}`)}
        destroyOnHidden
        items={[
          { key: 'wallets', label: '客户钱包', children: <Wallets /> },
          { key: 'exchanges', label: '兑出 / 兑回', children: <Exchanges /> },
          { key: 'reconciliation', label: '运营机构对账', children: <Reconciliation /> },
        ]}
      />
    </Card>
  );
}
