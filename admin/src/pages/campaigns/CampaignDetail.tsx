import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  message,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { STATUS_COLOR, cst, yuan } from '../../format';
import { valueText } from '../../i18n/values';
import { FIELD_LABEL, STATUS_LABEL } from '../../i18n/labels';
import { DECISION_LABEL, openRejection, type Decision } from './decisions';
import { ClaimsTab } from './ClaimsTab';
import { announceCampaignChange } from './todo';
import { KIND_LABEL, limitsText, stockText, termsText, useWindowText, type Campaign } from './types';
import type { ItemOf } from '../../api-types';

type Version = ItemOf<'getAdminCampaignsByIdVersions'>;

// Which action each status allows, who may take it, and how it is labelled.
const ACTIONS: {
  action: string;
  label: string;
  from: string[];
  roles: string[];
  danger?: boolean;
  needsComment?: boolean;
}[] = [
  { action: 'submit', label: '提交审批', from: ['draft'], roles: ['campaign_manager'] },
  { action: 'approve', label: '批准', from: ['pending_approval'], roles: ['approver'] },
  {
    action: 'reject',
    label: '驳回',
    from: ['pending_approval'],
    roles: ['approver'],
    danger: true,
    needsComment: true,
  },
  { action: 'revise', label: '退回修改', from: ['rejected'], roles: ['campaign_manager'] },
  { action: 'pause', label: '暂停', from: ['running'], roles: ['campaign_manager'] },
  { action: 'resume', label: '恢复', from: ['paused'], roles: ['campaign_manager'] },
  {
    action: 'stop',
    label: '提前结束',
    from: ['approved', 'running', 'paused'],
    roles: ['campaign_manager', 'approver'],
    danger: true,
  },
];

/** Why a button is disabled, in words, or null when the user may press it. */
export function whyNot(
  a: (typeof ACTIONS)[number],
  c: Campaign,
  user: { id: string; roles: string[] },
): string | null {
  if (!a.roles.some((r) => user.roles.includes(r))) return '您的角色不能执行此操作';
  if (a.action === 'approve' && (c.created_by === user.id || c.submitted_by === user.id)) {
    return '审批人不能是活动的创建人或提交人（双人复核）';
  }
  return null;
}

export function CampaignDetail() {
  const { id = '' } = useParams();
  const { user, can } = useAuth();
  const campaign = useRemote(() => api<Campaign>(`/admin/campaigns/${id}`), [id]);
  const versions = useRemote(() => api<{ items: Version[] }>(`/admin/campaigns/${id}/versions`), [id]);
  const decisions = useRemote(() => api<{ items: Decision[] }>(`/admin/campaigns/${id}/decisions`), [id]);
  const funders = useRemote(() => api<{ items: { id: string; name: string }[] }>('/admin/funders'), []);
  const merchants = useRemote(() => api<{ items: { id: string; name: string }[] }>('/admin/merchants'), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [commentFor, setCommentFor] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [approving, setApproving] = useState(false);
  const [approveNote, setApproveNote] = useState('');
  const navigate = useNavigate();

  // Live counters while claims come in.
  useEffect(() => {
    const t = setInterval(() => void campaign.reload(), 5000);
    return () => clearInterval(t);
  }, [campaign.reload]);

  async function act(action: string, withComment?: string) {
    setBusy(action);
    try {
      await api(`/admin/campaigns/${id}/${action}`, {
        method: 'POST',
        body: withComment ? { comment: withComment } : {},
      });
      message.success('操作成功');
      announceCampaignChange();
      await Promise.all([campaign.reload(), versions.reload(), decisions.reload()]);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  }

  const versionValue = (field: string, v: unknown) =>
    field === 'funder_id' && typeof v === 'string' ? funderName(v) : valueText(field, v);
  const funderName = (fid: string) => funders.data?.items.find((f) => f.id === fid)?.name ?? fid;
  const scopeText = (ids: string[] | undefined) =>
    !ids || ids.length === 0
      ? '全部合作商户'
      : ids.map((m) => merchants.data?.items.find((x) => x.id === m)?.name ?? m).join('、');

  return (
    <PageState remote={campaign}>
      {(c) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card
            title={
              <Space>
                {c.name}
                <Tag color={STATUS_COLOR[c.status]} className="campaign-status">
                  {STATUS_LABEL[c.status] ?? c.status}
                </Tag>
              </Space>
            }
            extra={
              <Space wrap>
                {user
                  ? ACTIONS.filter((a) => a.from.includes(c.status)).map((a) => {
                      const reason = whyNot(a, c, user);
                      return (
                        <Tooltip key={a.action} title={reason}>
                          <Button
                            className={`action-${a.action}`}
                            danger={a.danger}
                            type={a.action === 'approve' || a.action === 'submit' ? 'primary' : 'default'}
                            disabled={Boolean(reason)}
                            loading={busy === a.action}
                            onClick={() =>
                              a.needsComment
                                ? setCommentFor(a.action)
                                : a.action === 'approve'
                                  ? setApproving(true)
                                  : void act(a.action)
                            }
                          >
                            {a.label}
                          </Button>
                        </Tooltip>
                      );
                    })
                  : null}
                {(c.status === 'draft' || c.status === 'rejected') && can('campaign_manager') ? (
                  <Button className="action-edit" onClick={() => navigate(`/campaigns/${c.id}/edit`)}>
                    {c.status === 'rejected' ? '修改后重新提交' : '编辑'}
                  </Button>
                ) : null}
                {can('campaign_manager') ? (
                  <Button className="action-copy" onClick={() => navigate(`/campaigns/new?from=${c.id}`)}>
                    复制为新活动
                  </Button>
                ) : null}
              </Space>
            }
          >
            {(() => {
              const r = decisions.data ? openRejection(decisions.data.items) : null;
              return r && (c.status === 'rejected' || c.status === 'draft') ? (
                <Alert
                  className="reject-reason"
                  type="warning"
                  showIcon
                  style={{ marginBottom: 16 }}
                  message={`驳回原因：${r.comment ?? '（未填写）'}`}
                  description={`${r.actor_name ?? r.actor_id} 于 ${cst(r.at)} 驳回。${
                    c.status === 'rejected'
                      ? '点“修改后重新提交”修改条款并再次提交审批（或“退回修改”先回到草稿）。'
                      : '修改后请再次提交审批。'
                  }`}
                />
              ) : null;
            })()}
            {user &&
            c.status === 'pending_approval' &&
            (c.created_by === user.id || c.submitted_by === user.id) ? (
              <Alert
                className="four-eyes"
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message="您创建或提交了此活动，须由另一位审批人批准。"
              />
            ) : null}
            <Space size={48} wrap style={{ marginBottom: 16 }}>
              <Statistic title="预算" value={yuan(c.budget_fen)} />
              <Statistic
                title="已领取"
                value={c.stock.claimed}
                suffix={`/ ${c.stock.total}`}
                className="stat-claimed"
              />
              <Statistic title="剩余" value={c.stock.remaining} />
              <Statistic title="已冻结预算" value={yuan(c.reserved_fen)} />
            </Space>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="类型">{KIND_LABEL[c.kind]}</Descriptions.Item>
              <Descriptions.Item label="内容">{termsText(c, yuan)}</Descriptions.Item>
              <Descriptions.Item label="领取时间">
                {cst(c.claim_start_at)} 至 {cst(c.claim_end_at)}
              </Descriptions.Item>
              <Descriptions.Item label="每人限领">{limitsText(c)}</Descriptions.Item>
              <Descriptions.Item label="使用期限">{useWindowText(c, cst)}</Descriptions.Item>
              <Descriptions.Item label="版本">v{c.version}</Descriptions.Item>
              <Descriptions.Item label="规则">
                <Space>
                  <Link to={`/campaigns/${c.id}/rules/eligibility`}>领取资格规则</Link>
                  <Link to={`/campaigns/${c.id}/rules/risk`}>风控策略</Link>
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card>
            <Tabs
              items={[
                {
                  key: 'claims',
                  label: '领取记录',
                  children: <ClaimsTab campaignId={c.id} />,
                },
                {
                  key: 'decisions',
                  label: '审批记录',
                  children: (
                    <PageState remote={decisions} isEmpty={(d) => d.items.length === 0} empty="尚未提交审批">
                      {(d) => (
                        <Table<Decision>
                          rowKey={(r, i) => `${r.at}-${i}`}
                          size="small"
                          className="decisions-table"
                          pagination={false}
                          dataSource={d.items}
                          columns={[
                            { title: '时间', dataIndex: 'at', render: cst },
                            {
                              title: '操作',
                              dataIndex: 'action',
                              render: (a: Decision['action']) => DECISION_LABEL[a],
                            },
                            { title: '操作人', render: (_, r) => r.actor_name ?? r.actor_id },
                            { title: '意见', dataIndex: 'comment', render: (t) => t ?? '—' },
                          ]}
                        />
                      )}
                    </PageState>
                  ),
                },
                {
                  key: 'versions',
                  label: '版本与变更',
                  children: (
                    <PageState remote={versions}>
                      {(d) => (
                        <Table
                          rowKey={(r) => `${r.version}-${r.field}`}
                          size="small"
                          className="versions-table"
                          pagination={false}
                          dataSource={d.items.flatMap((ver) =>
                            Object.entries(ver.changes ?? {}).map(([field, ch]) => ({
                              version: ver.version,
                              at: ver.created_at,
                              field,
                              ...ch,
                            })),
                          )}
                          columns={[
                            { title: '版本', dataIndex: 'version', render: (v) => `v${v}` },
                            { title: '时间', dataIndex: 'at', render: cst },
                            { title: '字段', dataIndex: 'field', render: (f: string) => FIELD_LABEL[f] ?? f },
                            {
                              title: '原值',
                              render: (_, r) => (
                                <span style={{ color: '#666' }}>{versionValue(r.field, r.from)}</span>
                              ),
                            },
                            { title: '新值', render: (_, r) => <b>{versionValue(r.field, r.to)}</b> },
                          ]}
                        />
                      )}
                    </PageState>
                  ),
                },
              ]}
            />
          </Card>
          <Modal
            open={approving}
            title="确认批准以下活动条款"
            okText="确认批准"
            cancelText="取消"
            className="approve-confirm"
            okButtonProps={{ loading: busy === 'approve' }}
            onCancel={() => setApproving(false)}
            onOk={() => {
              setApproving(false);
              void act('approve', approveNote.trim() || undefined);
              setApproveNote('');
            }}
          >
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
              <Descriptions.Item label="名称">{c.name}</Descriptions.Item>
              <Descriptions.Item label="类型">{KIND_LABEL[c.kind]}</Descriptions.Item>
              <Descriptions.Item label="内容">{termsText(c, yuan)}</Descriptions.Item>
              <Descriptions.Item label="预算">{yuan(c.budget_fen)}</Descriptions.Item>
              <Descriptions.Item label="库存">{stockText(c)}</Descriptions.Item>
              <Descriptions.Item label="出资方">{funderName(c.funder_id)}</Descriptions.Item>
              <Descriptions.Item label="领取时间">
                {cst(c.claim_start_at)} 至 {cst(c.claim_end_at)}
              </Descriptions.Item>
              <Descriptions.Item label="使用期限">{useWindowText(c, cst)}</Descriptions.Item>
              <Descriptions.Item label="适用商户">
                {scopeText(c.coupon?.merchant_ids ?? c.red_packet?.merchant_ids)}
              </Descriptions.Item>
              <Descriptions.Item label="每人限领">{limitsText(c)}</Descriptions.Item>
            </Descriptions>
            <Input.TextArea
              aria-label="审批意见"
              rows={2}
              maxLength={500}
              value={approveNote}
              onChange={(e) => setApproveNote(e.target.value)}
              placeholder="审批意见（选填，记入审批记录）"
            />
          </Modal>
          <Modal
            open={commentFor !== null}
            title="驳回原因"
            okText="驳回"
            cancelText="取消"
            okButtonProps={{ disabled: comment.trim().length === 0 }}
            onCancel={() => setCommentFor(null)}
            onOk={() => {
              const a = commentFor!;
              setCommentFor(null);
              void act(a, comment.trim());
              setComment('');
            }}
          >
            <Input.TextArea
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder="请写明需要修改的地方"
            />
          </Modal>
        </Space>
      )}
    </PageState>
  );
}
