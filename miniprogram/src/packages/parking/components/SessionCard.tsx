import { Text, View } from '@tarojs/components';
import type { LiveSession } from '../../../api/types';
import { formatYuan } from '../../../lib/money';
import {
  formatClock,
  formatDuration,
  payLabel,
  sessionHint,
  SESSION_STATUS_LABEL,
} from '../../../lib/parking';
import { formatCst } from '../../../lib/time';
import { Plate } from './Plate';

/** A car inside (or gone without paying): the live fee as the server priced it at `as_of`. */
export function SessionCard({ session: s, onOpen }: { session: LiveSession; onOpen: () => void }) {
  return (
    <View role="button" className="card session-card" data-session={s.id} onClick={onOpen}>
      <View className="session-card__top">
        <Plate plate={s.plate} color={s.plate_color} />
        <Text className={`badge badge--${s.status}`}>{SESSION_STATUS_LABEL[s.status]}</Text>
      </View>
      <Text className="session-card__lot">{s.lot.name}</Text>
      <Text className="session-card__line">
        入场 {formatCst(s.entry_at)} · 停车 {formatDuration(s.minutes)}
      </Text>
      <View className="session-card__fee">
        <View>
          <Text className="muted">{s.due_fen > 0 ? '待缴停车费' : '已缴停车费'}</Text>
          <Text className="session-card__due">{formatYuan(s.due_fen > 0 ? s.due_fen : s.covered_fen)}</Text>
        </View>
        {s.due_fen > 0 ? (
          <Text className="btn btn--primary btn--small session-card__pay">{payLabel(s.status)}</Text>
        ) : null}
      </View>
      <Text className="session-card__hint">{sessionHint(s)}</Text>
      <Text className="as-of">费用更新于 {formatClock(s.as_of)}</Text>
    </View>
  );
}
