import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  message,
} from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, newKey, session, type Page } from '../api';
import { useAuth } from '../auth';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst, parseYuan, yuan } from '../format';
import { DEPOSIT_STATUS, depositWhyNot, type Deposit } from './deposit-actions';
import type { ItemOf, ResponseOf } from '../api-types';

type Funder = ItemOf<'getAdminFunders'>;
type LedgerCheck = ResponseOf<'getAdminLedgerCheck'>;
type Report = ItemOf<'getAdminReconciliationReports'>;

/** A deposit counts only once someone other than its recorder confirms it against the bank statement. */
function Deposits({
  funder,
  recorded,
  onDecided,
}: {
  funder: Funder;
  /** Changes when a deposit was recorded from the funders table, to show it here at once. */
  recorded: number;
  onDecided: () => Promise<void>;
}) {
  const { user, can } = useAuth();
  const remote = useRemote(
    () => api<Page<Deposit>>(`/admin/funders/${funder.id}/deposits`),
    [funder.id, recorded],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Deposit | null>(null);
  const [reason, setReason] = useState('');
  const who = (id: string | null) => (id && id === user?.id ? '我' : (id ?? '—'));

  async function decide(d: Deposit, action: 'confirm' | 'reject', comment?: string) {
    setBusy(`${d.id}:${action}`);
    try {
      await api(`/admin/funders/${funder.id}/deposits/${d.id}/${action}`, {
        method: 'POST',
        body: comment ? { comment } : {},
      });
      message.success(action === 'confirm' ? '已确认入账' : '已驳回');
      await Promise.all([remote.reload(), onDecided()]);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  }

  function actions(d: Deposit) {
    if (d.status !== 'pending' || !user || !can('funder')) return null;
    const why = depositWhyNot(d, user);
    return (
      <Tooltip title={why}>
        <Space>
          <Button
            size="small"
            type="primary"
            className="deposit-confirm"
            disabled={Boolean(why)}
            loading={busy === `${d.id}:confirm`}
            onClick={() => void decide(d, 'confirm')}
          >
            确认入账
          </Button>
          <Button
            size="small"
            danger
            className="deposit-reject"
            disabled={Boolean(why)}
            loading={busy === `${d.id}:reject`}
            onClick={() => setRejecting(d)}
          >
            驳回
          </Button>
        </Space>
      </Tooltip>
    );
  }

  return (
    <>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="暂无入金">
        {(d) => (
          <Table<Deposit>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            columns={[
              { title: '登记时间', dataIndex: 'created_at', render: cst },
              { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
              { title: '凭证', dataIndex: 'reference' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (st: Deposit['status']) => (
                  <Tag className="deposit-status" color={DEPOSIT_STATUS[st]?.color}>
                    {DEPOSIT_STATUS[st]?.label ?? st}
                  </Tag>
                ),
              },
              { title: '登记人', dataIndex: 'recorded_by', render: who },
              {
                title: '确认 / 驳回',
                render: (_, r) =>
                  r.status === 'pending'
                    ? '—'
                    : r.status === 'confirmed'
                      ? `${who(r.confirmed_by)} ${r.confirmed_at ? cst(r.confirmed_at) : ''}`
                      : `${who(r.rejected_by)} ${r.rejected_at ? cst(r.rejected_at) : ''}${r.decision_comment ? `：${r.decision_comment}` : ''}`,
              },
              { title: '', render: (_, r) => actions(r) },
            ]}
          />
        )}
      </PageState>
      <Modal
        open={rejecting !== null}
        title="驳回入金"
        okText="驳回"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0 }}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          const d = rejecting!;
          setRejecting(null);
          void decide(d, 'reject', reason.trim());
          setReason('');
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={256}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="例如：银行流水中没有这笔入账"
        />
      </Modal>
    </>
  );
}

function FundersTab() {
  const { user, can } = useAuth();
  const funders = useRemote(() => api<{ items: Funder[] }>('/admin/funders'), []);
  const [depositFor, setDepositFor] = useState<Funder | null>(null);
  const [form] = Form.useForm<{ amount_yuan: number; reference: string }>();
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(0);
  return (
    <>
      <PageState remote={funders} isEmpty={(d) => d.items.length === 0} empty="还没有出资方">
        {(d) => (
          <Table<Funder>
            rowKey="id"
            dataSource={d.items}
            expandable={{
              expandedRowRender: (f) => (
                <Deposits funder={f} recorded={recorded} onDecided={funders.reload} />
              ),
            }}
            columns={[
              { title: '出资方', dataIndex: 'name' },
              {
                title: '类型',
                dataIndex: 'kind',
                render: (k: string) => ({ government: '政府部门', bank: '银行', merchant: '商户' })[k] ?? k,
              },
              { title: '可用余额（已确认入账）', dataIndex: 'balance_fen', align: 'right', render: yuan },
              {
                title: '',
                render: (_, f) =>
                  can('funder') && (!user?.funder_id || user.funder_id === f.id) ? (
                    <Button size="small" onClick={() => setDepositFor(f)}>
                      登记入金
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </PageState>
      <Modal
        open={depositFor !== null}
        title={`登记入金：${depositFor?.name ?? ''}`}
        okText="登记"
        cancelText="取消"
        onCancel={() => setDepositFor(null)}
        onOk={async () => {
          const v = await form.validateFields();
          setError(null);
          try {
            await api(`/admin/funders/${depositFor!.id}/deposits`, {
              method: 'POST',
              body: { amount_fen: parseYuan(String(v.amount_yuan)), reference: v.reference },
              idempotencyKey: newKey('deposit'),
            });
            message.success('已登记，待另一位同事核对银行流水后确认入账');
            setDepositFor(null);
            form.resetFields();
            setRecorded((n) => n + 1);
            await funders.reload();
          } catch (err) {
            setError(err instanceof ApiError ? err.message : '登记失败');
          }
        }}
      >
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical">
          <Form.Item
            label="金额（元）"
            name="amount_yuan"
            rules={[{ required: true, message: '请填写金额' }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="银行流水号 / 凭证"
            name="reference"
            rules={[{ required: true, message: '请填写凭证' }]}
          >
            <Input maxLength={128} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function LedgerTab() {
  const remote = useRemote(() => api<LedgerCheck>('/admin/ledger/check'), []);
  return (
    <PageState remote={remote}>
      {(d) => (
        <>
          <Alert
            className="ledger-result"
            type={d.balanced ? 'success' : 'error'}
            showIcon
            message={
              d.balanced
                ? '账务平衡：所有分录借贷相等，各活动预算勾稽一致'
                : '账务不平衡：请查看下表中标红的活动'
            }
            description={`检查时间 ${cst(d.checked_at)}`}
            action={<Button onClick={() => void remote.reload()}>重新检查</Button>}
            style={{ marginBottom: 16 }}
          />
          <Table
            rowKey="campaign_id"
            size="small"
            dataSource={d.campaigns}
            columns={[
              { title: '活动', dataIndex: 'name' },
              { title: '冻结', dataIndex: 'reserved_fen', align: 'right', render: yuan },
              { title: '预算余额', dataIndex: 'budget_fen', align: 'right', render: yuan },
              { title: '已发放未核销', dataIndex: 'granted_fen', align: 'right', render: yuan },
              { title: '已支出', dataIndex: 'spent_fen', align: 'right', render: yuan },
              { title: '已退回', dataIndex: 'returned_fen', align: 'right', render: yuan },
              {
                title: '结果',
                dataIndex: 'balanced',
                render: (b: boolean, r) =>
                  b ? <Tag color="green">平衡</Tag> : <Tag color="red">{r.issues.join('；')}</Tag>,
              },
            ]}
          />
        </>
      )}
    </PageState>
  );
}

function ReconTab() {
  const remote = useRemote(() => api<{ items: Report[] }>('/admin/reconciliation/reports'), []);
  async function download(r: Report) {
    // The CSV needs the bearer token, so it is fetched and handed to the browser as a file.
    const res = await fetch(`/api/v1/admin/reconciliation/reports/${r.id}/csv`, {
      headers: { authorization: `Bearer ${session.token()}` },
    });
    if (!res.ok) return message.error('下载失败');
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `reconciliation-${r.bill_date}.csv`,
    });
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <PageState
      remote={remote}
      isEmpty={(d) => d.items.length === 0}
      empty="还没有对账报告（每日 09:00 对前一天的银行账单）"
    >
      {(d) => (
        <Table<Report>
          rowKey="id"
          size="small"
          dataSource={d.items}
          columns={[
            { title: '账单日', dataIndex: 'bill_date' },
            { title: '状态', dataIndex: 'status' },
            { title: '一致', dataIndex: 'matched' },
            {
              title: '差异',
              dataIndex: 'mismatched',
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
            },
            { title: '生成时间', dataIndex: 'created_at', render: cst },
            {
              title: '',
              render: (_, r) => (
                <Button size="small" onClick={() => void download(r)}>
                  下载 CSV
                </Button>
              ),
            },
          ]}
        />
      )}
    </PageState>
  );
}

export const FUNDING_TABS = ['funders', 'ledger', 'recon'] as const;

/** One tab per path (/funding/ledger …) so that a tab can be linked to (the alerts banner links the ledger check). */
export function Funding() {
  const { tab = 'funders' } = useParams();
  const navigate = useNavigate();
  if (!FUNDING_TABS.includes(tab as (typeof FUNDING_TABS)[number])) {
    return <Navigate to="/funding" replace />;
  }
  return (
    <Card title="资金与对账">
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(k === 'funders' ? '/funding' : `/funding/${k}`)}
        items={[
          { key: 'funders', label: '出资方与入金', children: <FundersTab /> },
          { key: 'ledger', label: '账务检查', children: <LedgerTab /> },
          { key: 'recon', label: '对账报告', children: <ReconTab /> },
        ]}
      />
      <Space />
    </Card>
  );
}
