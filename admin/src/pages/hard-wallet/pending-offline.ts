import { yuan } from '../../format';

// The offline spends a card's terminals uploaded that are not booked yet (the server's figure:
// waiting for an earlier record, or under review in the exception queue). The confirmed balance
// does not include them; they are shown beside it, never subtracted from it by guess.

type Figures = { pending_offline_fen: number; pending_offline_count: number };

export function pendingOfflineText(c: Figures): string | null {
  if (c.pending_offline_count === 0) return null;
  return `待确认脱机消费 ${yuan(c.pending_offline_fen)}（${c.pending_offline_count} 笔）`;
}

export const PENDING_OFFLINE_HINT =
  '终端已上送、尚未从已确认余额中扣除：等待更早的脱机记录，或在异常队列中复核。';
