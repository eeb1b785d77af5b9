import '../parking.css';
import './index.css';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../../api';
import type { ParkingReceipt } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan, yuanInWords } from '../../../lib/money';
import { PAGES } from '../../../lib/nav';
import { formatDuration } from '../../../lib/parking';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import { useRemote } from '../../../lib/use-remote';
import { FeeBreakdown } from '../components/FeeBreakdown';

const PAYMENT_STATUS: Record<string, string> = {
  succeeded: '已支付',
  processing: '处理中',
  failed: '支付失败',
};

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className={`receipt__row ${strong ? 'receipt__row--strong' : ''}`}>
      <Text className="receipt__label">{label}</Text>
      <Text className="receipt__value">{value}</Text>
    </View>
  );
}

/** 停车缴费电子凭证: one payment, laid out like an e-invoice (no tax invoice: the lot issues that). */
export default function ParkingReceiptPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { remote, reload } = useRemote(
    () => api.get<ParkingReceipt>(`/me/parking/payments/${id}/receipt`),
    [id],
  );
  if (!session.token()) {
    return (
      <View className="page">
        <LoginPrompt backTo={`${PAGES.parkingReceipt}?id=${id}`} what="缴费凭证" />
      </View>
    );
  }
  if (!remote.data) {
    return (
      <View className="page">
        {remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} homeLink />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
    );
  }
  const r = remote.data;
  return (
    <View className="page parking-receipt">
      <View className="receipt">
        <Text role="heading" aria-level={2} className="receipt__title">
          {r.title}
        </Text>
        <Text className="receipt__no">凭证号 {r.receipt_no}</Text>
        <View className="receipt__section">
          <Text className="receipt__heading">收款方</Text>
          <Row label="收款单位" value={r.seller} />
          <Row label="停车场" value={r.lot.name} />
          <Row label="地址" value={r.lot.address} />
        </View>
        <View className="receipt__section">
          <Text className="receipt__heading">停车信息</Text>
          <Row label="车牌号" value={r.plate} />
          <Row label="入场时间" value={formatCst(r.entry_at)} />
          {r.exit_at ? <Row label="出场时间" value={formatCst(r.exit_at)} /> : null}
          {r.priced_until ? <Row label="计费截至" value={formatCst(r.priced_until)} /> : null}
          {r.free_exit_until ? <Row label="免费离场截至" value={formatCst(r.free_exit_until)} /> : null}
          <Row label="停车时长" value={formatDuration(r.minutes)} />
          <Row label="收费标准" value={r.tariff_name} />
        </View>
        <View className="receipt__section">
          <Text className="receipt__heading">计费明细</Text>
          <FeeBreakdown lines={r.breakdown} />
        </View>
        <View className="receipt__section receipt__section--amount">
          <Text className="receipt__heading">金额</Text>
          <Text className={`receipt__seal receipt__seal--${r.status}`}>
            {PAYMENT_STATUS[r.status] ?? r.status}
          </Text>
          <Row label="停车费" value={formatYuan(r.due_fen)} />
          <Row label="优惠券抵扣" value={r.discount_fen > 0 ? `-${formatYuan(r.discount_fen)}` : '¥0.00'} />
          {r.coupon_campaign ? <Row label="使用优惠券" value={r.coupon_campaign} /> : null}
          <Row label="实付金额" value={formatYuan(r.payable_fen)} strong />
          <Row label="大写" value={yuanInWords(r.payable_fen)} />
        </View>
        <View className="receipt__section">
          <Text className="receipt__heading">支付信息</Text>
          <Row
            label="支付方式"
            value={r.channel === 'seamless' ? '数字人民币 · 无感支付' : '数字人民币钱包'}
          />
          {r.completed_at ? <Row label="支付时间" value={formatCst(r.completed_at)} /> : null}
          {r.bank_trade_no ? <Row label="交易流水号" value={r.bank_trade_no} /> : null}
          <Row label="平台订单号" value={r.id} />
        </View>
        <Text className="receipt__note">{r.note}</Text>
      </View>
    </View>
  );
}
