import { Text, View } from '@tarojs/components';
import type { BillingDayLine } from '../../../api/types';
import { formatYuan } from '../../../lib/money';
import { billingDayDetail, billingDayRange } from '../../../lib/parking';

/** The fee per billing day, as the tariff priced it (day and night units, caps). */
export function FeeBreakdown({ lines }: { lines: BillingDayLine[] }) {
  if (lines.length === 0) return <Text className="muted">免费时段内，暂不收费</Text>;
  return (
    <View className="fee-lines">
      {lines.map((l) => (
        <View key={l.billing_day} className="fee-lines__row" data-day={l.billing_day}>
          <View className="fee-lines__head">
            <Text>{billingDayRange(l)}</Text>
            <Text>{formatYuan(l.fen)}</Text>
          </View>
          <Text className="fee-lines__detail">{billingDayDetail(l)}</Text>
        </View>
      ))}
    </View>
  );
}
