import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import type { ItemOf, ResponseOf } from '../api-types';
import { useAuth } from '../auth';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';

// 预付资金监管 (regulator console): per merchant the money still in consumers' contract wallets,
// escrow coverage against the sector ratio, releases, complaints and alerts; freeze / unfreeze / close
// proposed by one regulator and approved by another; the escrow's hash chain verified on demand; and
// the reviewers' queue of merchant applications. The server checks every role and the maker-checker.

type Row = ResponseOf<'getAdminPrepaidSupervision'>['merchants'][number];
type Proposal = ItemOf<'getAdminPrepaidProposals'>;
type Application = ItemOf<'getAdminPrepaidMerchants'>;
type Chain = ResponseOf<'postAdminPrepaidChainVerification'>;

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`;
const ACTION: Record<Proposal['action'], string> = { freeze: '冻结', unfreeze: '解冻', close: '闭店清退' };
const PROPOSAL_STATUS: Record<Proposal['status'], [string, string]> = {
  proposed: ['待复核', 'orange'],
  applying: ['执行中', 'blue'],
  approved: ['已执行', 'green'],
  rejected: ['已驳回', 'default'],
};

function Supervision({ onPropose }: { onPropose: (m: Row) => void }) {
  const { can } = useAuth();
  const remote = useRemote(
    () => api<ResponseOf<'getAdminPrepaidSupervision'>>('/admin/prepaid/supervision'),
    [],
  );
  return (
    <PageState remote={remote} isEmpty={(d) => d.merchants.length === 0} empty="暂无预付商户">
      {(d) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={4} bordered>
            <Descriptions.Item label="合约钱包留存">{yuan(d.totals.retained_fen)}</Descriptions.Item>
            <Descriptions.Item label="累计预付">{yuan(d.totals.paid_fen)}</Descriptions.Item>
            <Descriptions.Item label="已拨付商户">{yuan(d.totals.released_fen)}</Descriptions.Item>
            <Descriptions.Item label="已退还消费者">{yuan(d.totals.refunded_fen)}</Descriptions.Item>
          </Descriptions>
          <Table<Row>
            rowKey="merchant_id"
            dataSource={d.merchants}
            pagination={false}
            columns={[
              {
                title: '商户',
                dataIndex: 'name',
                render: (v, r) => (
                  <span>
                    {v}
                    {r.status === 'closed' ? (
                      <Tag color="red" style={{ marginLeft: 8 }}>
                        已闭店
                      </Tag>
                    ) : null}
                  </span>
                ),
              },
              { title: '在履约 / 冻结', render: (_, r) => `${r.live_contracts} / ${r.frozen_contracts}` },
              { title: '留存余额', dataIndex: 'retained_fen', render: yuan },
              {
                title: '存管覆盖率',
                render: (_, r) => (
                  <Tag color={r.coverage_pct >= r.required_escrow_pct ? 'green' : 'red'}>
                    {r.coverage_pct}%（要求 {r.required_escrow_pct}%）
                  </Tag>
                ),
              },
              {
                title: '近 30 日拨付',
                render: (_, r) => `${yuan(r.released_30d_fen)}（${r.releases_30d} 笔）`,
              },
              { title: '投诉', dataIndex: 'complaints' },
              {
                title: '最近核销',
                dataIndex: 'last_write_off_at',
                render: (v: string | null) => (v ? cst(v) : '从未'),
              },
              {
                title: '预警',
                render: (_, r) =>
                  r.alerts.length ? (
                    r.alerts.map((a) => (
                      <Tag color="orange" key={a.code} title={a.message}>
                        {a.message}
                      </Tag>
                    ))
                  ) : (
                    <Tag color="green">无</Tag>
                  ),
              },
              ...(can('regulator')
                ? [
                    {
                      title: '监管',
                      render: (_: unknown, r: Row) => (
                        <Button size="small" onClick={() => onPropose(r)}>
                          发起监管指令
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Space>
      )}
    </PageState>
  );
}

function Proposals({ proposing, onDone }: { proposing: Row | null; onDone: () => void }) {
  const { can } = useAuth();
  const { message } = AntApp.useApp();
  const remote = useRemote(() => api<ResponseOf<'getAdminPrepaidProposals'>>('/admin/prepaid/proposals'), []);
  const [form] = Form.useForm<{ action: Proposal['action']; reason: string }>();
  async function propose(v: { action: Proposal['action']; reason: string }) {
    try {
      await api('/admin/prepaid/proposals', {
        method: 'POST',
        body: { merchant_id: proposing!.merchant_id, ...v },
      });
      message.success('已提交，等待另一名监管员复核');
      form.resetFields();
      onDone();
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '提交失败');
    }
  }
  async function decide(p: Proposal, approve: boolean) {
    try {
      await api(`/admin/prepaid/proposals/${p.id}/decision`, { method: 'POST', body: { approve } });
      message.success(approve ? '已复核通过并执行' : '已驳回');
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {proposing && can('regulator') ? (
        <Card size="small" title={`对 ${proposing.name} 发起监管指令（需另一名监管员复核后执行）`}>
          <Form form={form} layout="inline" onFinish={propose} initialValues={{ action: 'freeze' }}>
            <Form.Item name="action" label="指令">
              <Select
                style={{ width: 140 }}
                options={(['freeze', 'unfreeze', 'close'] as const).map((a) => ({
                  value: a,
                  label: ACTION[a],
                }))}
              />
            </Form.Item>
            <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}>
              <Input style={{ width: 320 }} maxLength={255} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              提交
            </Button>
          </Form>
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            message="冻结：暂停该商户全部核销与拨付，到期未解冻的合约将把剩余资金全额退还消费者；闭店清退：立即退还每位消费者的剩余资金。"
          />
        </Card>
      ) : null}
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="暂无监管指令">
        {(d) => (
          <Table<Proposal>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            columns={[
              { title: '商户', dataIndex: 'merchant_id' },
              { title: '指令', dataIndex: 'action', render: (a: Proposal['action']) => ACTION[a] },
              { title: '理由', dataIndex: 'reason' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: Proposal['status']) => (
                  <Tag color={PROPOSAL_STATUS[s][1]}>{PROPOSAL_STATUS[s][0]}</Tag>
                ),
              },
              { title: '提出时间', dataIndex: 'created_at', render: (v: string | null) => (v ? cst(v) : '') },
              {
                title: '复核',
                render: (_, p) =>
                  p.status === 'proposed' && can('regulator') ? (
                    <Space>
                      <Popconfirm
                        title={`确认执行「${ACTION[p.action]}」？`}
                        onConfirm={() => decide(p, true)}
                      >
                        <Button size="small" type="primary">
                          复核通过
                        </Button>
                      </Popconfirm>
                      <Button size="small" onClick={() => decide(p, false)}>
                        驳回
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </PageState>
    </Space>
  );
}

function ChainCheck() {
  const [result, setResult] = useState<Chain | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setResult(await api<Chain>('/admin/prepaid/chain-verification', { method: 'POST', body: {} }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '校验失败');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" loading={busy} onClick={verify}>
        校验合约账本哈希链
      </Button>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {result ? (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          message={
            result.ok
              ? `哈希链完整：共 ${result.length} 条记录`
              : `哈希链断裂：第 ${result.broken_at} 条记录被篡改或缺失`
          }
          description={`链头 ${result.head ?? '—'}；运营机构报告的链头 ${result.reported_head}；校验时间 ${cst(result.checked_at ?? '')}`}
        />
      ) : null}
    </Space>
  );
}

function Applications() {
  const { can } = useAuth();
  const { message } = AntApp.useApp();
  const remote = useRemote(
    () => api<ResponseOf<'getAdminPrepaidMerchants'>>('/admin/prepaid/merchants?status=pending'),
    [],
  );
  async function review(a: Application, approve: boolean) {
    try {
      await api(`/admin/prepaid/merchants/${a.merchant_id}/review`, {
        method: 'POST',
        body: { approve, comment: approve ? '资质审核通过' : '资质不符' },
      });
      message.success(approve ? '已批准' : '已驳回');
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    }
  }
  return (
    <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="没有待审核的申请">
      {(d) => (
        <Table<Application>
          rowKey="merchant_id"
          dataSource={d.items}
          pagination={false}
          columns={[
            { title: '商户', dataIndex: 'name' },
            { title: '行业规则', dataIndex: 'rule_id' },
            { title: '执照登记', dataIndex: 'licence_since' },
            {
              title: '信用',
              dataIndex: 'credit_status',
              render: (v: string) => (
                <Tag color={v === 'normal' ? 'green' : 'red'}>
                  {v === 'normal' ? '正常' : v === 'dishonest' ? '失信被执行人' : '经营异常'}
                </Tag>
              ),
            },
            { title: '上年营收', dataIndex: 'revenue_last_year_fen', render: yuan },
            {
              title: '审核',
              render: (_, a) =>
                can('approver') ? (
                  <Space>
                    <Button size="small" type="primary" onClick={() => review(a, true)}>
                      批准
                    </Button>
                    <Button size="small" onClick={() => review(a, false)}>
                      驳回
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      )}
    </PageState>
  );
}

export function Prepaid() {
  const [tab, setTab] = useState('supervision');
  const [proposing, setProposing] = useState<Row | null>(null);
  return (
    <Card title="预付资金监管">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'supervision',
            label: '商户监管',
            children: (
              <Supervision
                onPropose={(m) => {
                  setProposing(m);
                  setTab('proposals');
                }}
              />
            ),
          },
          {
            key: 'proposals',
            label: '监管指令',
            children: <Proposals proposing={proposing} onDone={() => setProposing(null)} />,
          },
          { key: 'chain', label: '账本校验', children: <ChainCheck /> },
          { key: 'applications', label: '入驻审核', children: <Applications /> },
        ]}
      />
    </Card>
  );
}
