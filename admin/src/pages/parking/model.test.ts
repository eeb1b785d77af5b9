import { describe, expect, it } from 'vitest';
import {
  EXCEPTION_KIND,
  SESSION_STATUS,
  channelRows,
  durationText,
  isoDate,
  labelOf,
  laneName,
  listQuery,
  lotName,
  maskPlatesIn,
  mergePage,
  stayMinutes,
} from './model';
import type { Lot } from './types';

const lot: Lot = {
  id: 'lot_1',
  name: '天河城停车场',
  address: '天河路 208 号',
  merchant_id: 'mch_1',
  tariff_id: 'gz-central',
  tariff_name: '广州中心区',
  free_exit_minutes: 15,
  gate_url: null,
  lanes: [
    { id: 'lane_in', lot_id: 'lot_1', name: '1 号入口', direction: 'entry' },
    { id: 'lane_out', lot_id: 'lot_1', name: '1 号出口', direction: 'exit' },
  ],
  cars_inside: 0,
};

describe('parking list queries', () => {
  it('sends only the filters that are set, the page size and the cursor', () => {
    expect(listQuery({ lot_id: 'lot_1', status: undefined }, 20)).toBe('lot_id=lot_1&limit=20');
    expect(listQuery({ status: 'open' }, 50, 'pex_9')).toBe('status=open&limit=50&cursor=pex_9');
    expect(listQuery({ lot_id: '' }, 20, null)).toBe('limit=20');
  });

  it('appends the next page without repeating a row', () => {
    const merged = mergePage([{ id: 'c' }, { id: 'b' }], [{ id: 'b' }, { id: 'a' }]);
    expect(merged.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('parking labels', () => {
  it('has a Chinese label for every session status and exception kind', () => {
    expect(
      ['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed'].map(
        (s) => labelOf(SESSION_STATUS, s).label,
      ),
    ).toEqual(['在场', '已预付', '待缴费', '欠费离场', '已完成']);
    expect(
      ['no_plate', 'low_confidence', 'unmatched_exit', 'unpaid_exit', 'misread_matched'].map(
        (k) => labelOf(EXCEPTION_KIND, k).label,
      ),
    ).toEqual(['无牌车', '识别存疑', '无入场记录', '欠费离场', '误识别已匹配']);
    expect(labelOf(SESSION_STATUS, 'towed')).toEqual({ label: 'towed', color: 'default' });
  });

  it('masks plates quoted in free text as the server masks the plate field', () => {
    expect(maskPlatesIn('出口识别为 粤A12348（置信度 62%），已匹配入场车牌')).toBe(
      '出口识别为 粤A·***48（置信度 62%），已匹配入场车牌',
    );
    expect(maskPlatesIn('粤B·D12345 与 粤C12345')).toBe('粤B·****45 与 粤C·***45');
    expect(maskPlatesIn('离线离场，待缴 ¥10.00')).toBe('离线离场，待缴 ¥10.00');
  });

  it('names lots and lanes, falling back to the id', () => {
    expect(lotName([lot], 'lot_1')).toBe('天河城停车场');
    expect(lotName([lot], 'lot_x')).toBe('lot_x');
    expect(laneName([lot], 'lane_out')).toBe('1 号出口');
    expect(laneName([lot], null)).toBe('—');
  });
});

describe('stays and days', () => {
  it('counts whole minutes of a finished stay', () => {
    expect(stayMinutes('2026-12-01T10:00:00.000+08:00', '2026-12-01T12:05:59.000+08:00')).toBe(125);
    expect(stayMinutes('2026-12-01T10:00:00.000+08:00', null)).toBeNull();
    expect(durationText(125)).toBe('2 小时 5 分钟');
    expect(durationText(45)).toBe('45 分钟');
    expect(durationText(120)).toBe('2 小时');
    expect(durationText(null)).toBe('—');
  });

  it('turns a day key into a date dayjs parses', () => {
    expect(isoDate('20261201')).toBe('2026-12-01');
  });
});

describe('daily report channels', () => {
  it('lists app before seamless and totals each column in fen', () => {
    const { rows, total } = channelRows({
      by_channel: {
        seamless: { payments: 2, fee_fen: 1_001, discount_fen: 0, paid_fen: 1_001 },
        app: { payments: 3, fee_fen: 4_500, discount_fen: 1_000, paid_fen: 3_500 },
      },
    });
    expect(rows.map((r) => r.channel)).toEqual(['app', 'seamless']);
    expect(total).toEqual({ payments: 5, fee_fen: 5_501, discount_fen: 1_000, paid_fen: 4_501 });
    expect(channelRows({ by_channel: {} }).rows).toEqual([]);
  });
});
