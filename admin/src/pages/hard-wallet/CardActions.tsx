import { Form, Input, Select } from 'antd';
import { api, newKey } from '../../api';
import type { BodyOf, ItemOf } from '../../api-types';
import { yuan } from '../../format';
import { HW_CARD_STATUS_LABEL, HW_LOCATION_KIND_LABEL } from '../../i18n/labels';
import { ConfirmAction } from './ConfirmAction';
import { CounterLoadAction } from './CounterLoad';

// What an e-CNY officer may do to one card, by its state (the server's transition table decides;
// these buttons only offer what the table allows from the card's current state).

type HwCard = ItemOf<'getAdminHardWalletCards'>;
type Issue = BodyOf<'postAdminHardWalletCardsIssue'>;
type Location = ItemOf<'getAdminHardWalletLocations'>;

/** Where the card is handed over: a branch or a vending machine holding it in stock (the server checks). */
function LocationField({ locations }: { locations: Location[] }) {
  return (
    <Form.Item
      name="location_id"
      label="发卡地点（须有该卡库存）"
      rules={[{ required: true, message: '请选择发卡地点' }]}
    >
      <Select
        className="hw-issue-location"
        options={locations.map((l) => ({
          value: l.id,
          label: `${l.name}（${HW_LOCATION_KIND_LABEL[l.kind] ?? l.kind}）`,
        }))}
      />
    </Form.Item>
  );
}

const post = (path: string, body?: unknown) =>
  api(path, { method: 'POST', body, idempotencyKey: newKey('hw') });

function LossText({ c }: { c: HwCard }) {
  return (
    <>
      <p>
        卡号 {c.card_no}（{HW_CARD_STATUS_LABEL[c.status] ?? c.status}），绑定软钱包{' '}
        {c.soft_wallet_id_masked ?? '无'}。
      </p>
      <p className="hw-loss-confirmed">
        已确认余额 <b>{yuan(c.confirmed_balance_fen)}</b>
        ：静默期结束后退还到绑定的软钱包（只退已确认的部分）。
      </p>
      <p className="hw-loss-unconfirmed">
        未确认的脱机消费（卡片已花出、终端尚未上送的）不在已确认余额内：静默期内上送的，从已确认余额中扣除，
        退还金额以静默期结束时的已确认余额为准。
      </p>
      <p>挂失后该卡立即进入黑名单，门禁同时失效。</p>
    </>
  );
}

function ReplaceAction({ c, locations, onDone }: { c: HwCard; locations: Location[]; onDone: () => void }) {
  const [form] = Form.useForm<{ new_card_no: string; location_id: string }>();
  return (
    <ConfirmAction
      label="补卡"
      title={`补卡：${c.card_no}`}
      className="hw-replace"
      run={async () => {
        const v = await form.validateFields();
        await post(`/admin/hard-wallet/cards/${c.id}/replace`, v);
      }}
      onDone={onDone}
    >
      <p>
        新卡发给同一持卡人、绑定同一软钱包；旧卡已确认余额 {yuan(c.confirmed_balance_fen)}
        在静默期结束后转入新卡（静默期内上送的脱机消费先扣除）。
      </p>
      <Form form={form} layout="vertical">
        <Form.Item
          name="new_card_no"
          label="新卡卡号（库存中已个人化的卡）"
          rules={[{ required: true, pattern: /^\d{8,20}$/, message: '8–20 位数字' }]}
        >
          <Input />
        </Form.Item>
        <LocationField locations={locations} />
      </Form>
    </ConfirmAction>
  );
}

function IssueAction({ c, locations, onDone }: { c: HwCard; locations: Location[]; onDone: () => void }) {
  const [form] = Form.useForm<Issue>();
  return (
    <ConfirmAction
      label="发卡"
      title={`发卡：${c.card_no}`}
      className="hw-issue"
      run={async () => {
        const v = await form.validateFields();
        await post('/admin/hard-wallet/cards/issue', { ...v, card_no: c.card_no });
      }}
      onDone={onDone}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          holder_kind: 'real_name',
          kyc_level: '2',
          location_id: locations.some((l) => l.id === c.location) ? c.location : undefined,
        }}
      >
        <LocationField locations={locations} />
        <Form.Item name="holder_kind" label="持卡人类型">
          <Select
            options={[
              { value: 'real_name', label: '实名' },
              { value: 'anonymous', label: '匿名' },
            ]}
          />
        </Form.Item>
        <Form.Item name="holder_name" label="持卡人姓名">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="holder_user_id" label="持卡人用户编号（可选）">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="kyc_level" label="实名等级">
          <Select
            options={['1', '2', '3', '4', 'anon'].map((k) => ({
              value: k,
              label: k === 'anon' ? '匿名' : `${k} 类`,
            }))}
          />
        </Form.Item>
        <Form.Item name="soft_wallet_id" label="绑定软钱包（可选）">
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </ConfirmAction>
  );
}

/** A held refund or transfer, sent again — a refund optionally to another of the holder's wallets. */
function RetryAction({ c, onDone }: { c: HwCard; onDone: () => void }) {
  const [form] = Form.useForm<{ soft_wallet_id?: string }>();
  const refund = c.next_action === 'retry_refund';
  return (
    <ConfirmAction
      label="重新退还"
      title={`重新${refund ? '退还余额' : '转入新卡'}：${c.card_no}`}
      className="hw-retry-refund"
      run={async () => {
        const { soft_wallet_id } = await form.validateFields();
        await post(
          `/admin/hard-wallet/cards/${c.id}/refund/retry`,
          soft_wallet_id ? { soft_wallet_id } : undefined,
        );
      }}
      onDone={onDone}
    >
      <p>
        上一笔被银行拒绝（原因见展开行中的订单），已确认余额 {yuan(c.confirmed_balance_fen)}{' '}
        仍在卡上。请先确认原因已排除（例如持卡人的软钱包已恢复），再重新发起。
      </p>
      {refund ? (
        <Form form={form} layout="vertical">
          <Form.Item
            name="soft_wallet_id"
            label={`改退到持卡人的另一个软钱包（可选；留空则退到原绑定钱包 ${c.soft_wallet_id_masked ?? ''}）`}
            rules={[{ pattern: /^[A-Za-z0-9]{4,32}$/, message: '4–32 位字母或数字' }]}
          >
            <Input className="hw-retry-wallet" maxLength={32} />
          </Form.Item>
          <p>系统会向运营机构核实该钱包属于持卡人本人，并记入审计日志。</p>
        </Form>
      ) : null}
    </ConfirmAction>
  );
}

export function CardActions({
  c,
  locations,
  onDone,
}: {
  c: HwCard;
  locations: Location[];
  onDone: () => void;
}) {
  const base = `/admin/hard-wallet/cards/${c.id}`;
  const s = c.status;
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {/* A blank card in transit or written off is in no location's stock: nowhere to issue it from. */}
      {s === 'personalized' && c.location_name ? (
        <IssueAction c={c} locations={locations} onDone={onDone} />
      ) : null}
      {s === 'bound' || s === 'issued' ? (
        <ConfirmAction
          label="冻结"
          title={`冻结 ${c.card_no}`}
          className="hw-freeze"
          run={() => post(`${base}/freeze`, { frozen: true })}
          onDone={onDone}
        >
          冻结后该卡不能圈存、圈提；已确认余额 {yuan(c.confirmed_balance_fen)} 保持不变，解冻后恢复。
        </ConfirmAction>
      ) : null}
      {s === 'frozen' ? (
        <ConfirmAction
          label="解冻"
          title={`解冻 ${c.card_no}`}
          className="hw-unfreeze"
          run={() => post(`${base}/freeze`, { frozen: false })}
          onDone={onDone}
        >
          解冻后该卡恢复为已绑定软钱包状态。
        </ConfirmAction>
      ) : null}
      {s === 'loss_temp' ? (
        <ConfirmAction
          label="解除挂失"
          title={`解除挂失 ${c.card_no}`}
          className="hw-revert-loss"
          run={() => post(`${base}/loss/revert`)}
          onDone={onDone}
        >
          持卡人找回了卡片：移出黑名单，门禁恢复。
        </ConfirmAction>
      ) : null}
      {c.next_action?.startsWith('retry_') ? <RetryAction c={c} onDone={onDone} /> : null}
      {s === 'bound' || s === 'issued' ? (
        <CounterLoadAction c={c} locations={locations} onDone={onDone} />
      ) : null}
      {s === 'loss_formal' ? <ReplaceAction c={c} locations={locations} onDone={onDone} /> : null}
      {s === 'bound' || s === 'issued' ? (
        <ConfirmAction
          label="注销"
          title={`注销 ${c.card_no}（持卡到柜面）`}
          className="hw-cancel"
          danger
          run={() => post(`${base}/cancel`)}
          onDone={onDone}
        >
          卡片在柜面：先把卡内余额圈提到绑定的软钱包，再注销。已确认余额 {yuan(c.confirmed_balance_fen)}
          ；未上送的脱机消费在静默期内上送后结清。
        </ConfirmAction>
      ) : null}
      {s === 'bound' || s === 'frozen' || s === 'loss_temp' ? (
        <ConfirmAction
          label="正式挂失"
          title={`正式挂失 ${c.card_no}`}
          className="hw-report-loss"
          danger
          run={() => post(`${base}/loss`, { kind: 'formal' })}
          onDone={onDone}
        >
          <LossText c={c} />
        </ConfirmAction>
      ) : null}
    </span>
  );
}
