import dayjs, { type Dayjs } from 'dayjs';
import { cst } from '../format';

/** Today in Beijing, whatever the browser's zone, as a date to pick from. */
export const beijingToday = () => dayjs(cst(new Date().toISOString()).slice(0, 10));

/** The RangePicker presets every console page offers: 今天, 近7天, 近30天, 本月. */
export function datePresets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const today = beijingToday();
  return [
    { label: '今天', value: [today, today] },
    { label: '近7天', value: [today.subtract(6, 'day'), today] },
    { label: '近30天', value: [today.subtract(29, 'day'), today] },
    { label: '本月', value: [today.startOf('month'), today] },
  ];
}
