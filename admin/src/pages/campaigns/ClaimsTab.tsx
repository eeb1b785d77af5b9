import { Button, Input, Modal, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, ApiError, type Page } from '../../api';
import type { ItemOf } from '../../api-types';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { cst, yuan } from '../../format';
import { CHANNEL_LABEL, CLAIM_STATUS_LABEL } from '../../i18n/labels';

type ClaimRow = ItemOf<'getAdminCampaignsByIdClaims'>;

/**
 * The claims of a campaign, personal data masked. An auditor may see one row in clear, after saying
 * why: the server returns that row alone and writes the reason to the audit log.
 */
export function ClaimsTab({ campaignId }: { campaignId: string }) {
  const { can } = useAuth();
  const claims = useRemote(
    () => api<Page<ClaimRow>>(`/admin/campaigns/${campaignId}/claims?limit=50`),
    [campaignId],
  );
  const [revealed, setRevealed] = useState<Record<string, ClaimRow>>({});
  const [asking, setAsking] = useState<ClaimRow | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function reveal() {
    if (!asking) return;
    setBusy(true);
    try {
      const clear = await api<ClaimRow>(`/admin/campaigns/${campaignId}/claims/${asking.id}/unmask`, {
        method: 'POST',
        body: { reason: reason.trim() },
      });
      setRevealed((r) => ({ ...r, [clear.id]: clear }));
      setAsking(null);
      setReason('');
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '查看失败');
    } finally {
      setBusy(false);
    }
  }

  const hide = (id: string) =>
    setRevealed((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== id)));

  return (
    <>
      <PageState remote={claims} isEmpty={(d) => d.items.length === 0} empty="还没有人领取">
        {(d) => (
          <Table<ClaimRow>
            rowKey="id"
            size="small"
            className="claims-table"
            dataSource={d.items.map((c) => revealed[c.id] ?? c)}
            pagination={false}
            columns={[
              { title: '时间', dataIndex: 'created_at', render: cst },
              { title: '手机号', dataIndex: 'phone', className: 'col-phone', render: (p) => p ?? '—' },
              { title: '姓名', dataIndex: 'real_name', render: (p) => p ?? '—' },
              { title: '金额', dataIndex: 'amount_fen', align: 'right', render: yuan },
              { title: '状态', dataIndex: 'status', render: (s: string) => CLAIM_STATUS_LABEL[s] ?? s },
              {
                title: '渠道',
                dataIndex: 'channel',
                render: (p: string | null) => (p ? (CHANNEL_LABEL[p] ?? p) : '—'),
              },
              ...(can('auditor')
                ? [
                    {
                      title: '个人信息',
                      key: 'unmask',
                      render: (_: unknown, c: ClaimRow) =>
                        revealed[c.id] ? (
                          <>
                            <Tag color="orange">已查看明文</Tag>
                            <Button size="small" type="link" onClick={() => hide(c.id)}>
                              恢复脱敏
                            </Button>
                          </>
                        ) : (
                          <Button size="small" className="unmask-row" onClick={() => setAsking(c)}>
                            查看明文
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </PageState>
      <Modal
        open={asking !== null}
        title="查看明文个人信息"
        className="unmask-confirm"
        okText="确认查看"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim().length < 2, loading: busy }}
        onCancel={() => {
          setAsking(null);
          setReason('');
        }}
        onOk={() => void reveal()}
      >
        <Typography.Paragraph>
          只显示这一条领取记录（{asking ? cst(asking.created_at) : ''}
          ）的手机号、姓名和券码。查看原因与您的姓名将记入审计日志。
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="查看原因"
          rows={2}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="查看原因（必填），如：市民投诉核实身份"
        />
      </Modal>
    </>
  );
}
