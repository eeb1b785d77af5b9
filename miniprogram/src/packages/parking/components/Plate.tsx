import { Text } from '@tarojs/components';
import { displayPlate } from '../../../lib/parking';

/** A plate drawn in its colour (blue, green for new energy, yellow for large vehicles). */
export function Plate({ plate, color }: { plate: string; color?: string }) {
  return <Text className={`plate plate--${color ?? 'blue'}`}>{displayPlate(plate)}</Text>;
}
