import { Form, Input, Select } from 'antd';
import { api } from '../../api';
import type { ItemOf } from '../../api-types';
import { yuan } from '../../format';
import { HW_EXCEPTION_CODE_LABEL, HW_PROPOSAL_LABEL } from '../../i18n/labels';
import { ConfirmAction } from './ConfirmAction';

// The exception queue is maker-checker: one officer proposes (book it or reject it, with a reason),
// another approves or sends it back. The server refuses the same person twice; its words are shown.

type HwException = ItemOf<'getAdminHardWalletExceptions'>;

function ProposeAction({ e, onDone }: { e: HwException; onDone: () => void }) {
  const [form] = Form.useForm<{ proposal: 'accept' | 'reject'; comment: string }>();
  return (
    <ConfirmAction
      label="提出处理意见"
      title={`异常 ${HW_EXCEPTION_CODE_LABEL[e.code] ?? e.code}`}
      className="hw-propose"
      run={async () => {
        const v = await form.validateFields();
        await api(`/admin/hard-wallet/exceptions/${e.id}/proposal`, {
          method: 'POST',
          body: { proposal: v.proposal, comment: v.comment.trim() },
        });
      }}
      onDone={onDone}
    >
      <p>
        卡号 {e.card_no ?? '未知'}，金额 {yuan(e.amount_fen)}
        。入账：从该卡已确认余额扣除并记为商户应收；驳回：不入账。 须另一位专员复核后生效。
      </p>
      <Form form={form} layout="vertical" initialValues={{ proposal: 'reject' }}>
        <Form.Item name="proposal" label="处理意见">
          <Select options={Object.entries(HW_PROPOSAL_LABEL).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="comment"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea rows={2} maxLength={255} className="hw-propose-comment" />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

function DecideAction({ e, approve, onDone }: { e: HwException; approve: boolean; onDone: () => void }) {
  const what = HW_PROPOSAL_LABEL[e.proposal ?? ''] ?? e.proposal;
  return (
    <ConfirmAction
      label={approve ? '复核通过' : '退回'}
      title={approve ? '复核通过' : '退回处理意见'}
      className={approve ? 'hw-approve' : 'hw-send-back'}
      danger={!approve}
      run={() => api(`/admin/hard-wallet/exceptions/${e.id}/decision`, { method: 'POST', body: { approve } })}
      onDone={onDone}
    >
      {approve
        ? `同意“${what}”：金额 ${yuan(e.amount_fen)}${e.proposal === 'accept' ? '，从卡片已确认余额扣除并入账' : '，不入账'}。`
        : '退回后该异常回到待处理，可重新提出处理意见。'}
    </ConfirmAction>
  );
}

type Props = { e: HwException; me: string | undefined; onDone: () => void };

export function ExceptionActions({ e, me, onDone }: Props) {
  if (e.status === 'open') return <ProposeAction e={e} onDone={onDone} />;
  if (e.status !== 'proposed') return null;
  if (e.proposed_by === me) return <span className="hw-wait-checker">待另一位专员复核</span>;
  return (
    <span style={{ display: 'inline-flex', gap: 4 }}>
      <DecideAction e={e} approve onDone={onDone} />
      <DecideAction e={e} approve={false} onDone={onDone} />
    </span>
  );
}
