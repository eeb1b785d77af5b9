import { refused } from '../../shared/domain-error';
import { toRfc3339 } from '../../shared/time';
import type { VehicleClass } from './tariff';

// Chinese plates: a province character, a letter, then 5 characters (6 for new-energy plates, green).
// I and O are never used; the last character may be 挂/学/警/港/澳.
const PLATE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$/;

export type PlateColor = 'blue' | 'green' | 'yellow' | 'white' | 'black';

/** 粤a·d12345 / 粤A D12345 → 粤AD12345; a clear error for anything that is not a plate. */
export function normalizePlate(input: string): string {
  const p = input.replace(/[\s·•.-]/g, '').toUpperCase();
  if (!PLATE.test(p)) throw refused('PLATE_INVALID', '车牌号格式不正确，例如 粤A·D12345');
  return p;
}

/** 粤AD12345 → 粤A·D12345, the way plates are printed. */
export function displayPlate(plate: string): string {
  const chars = Array.from(plate);
  return `${chars.slice(0, 2).join('')}·${chars.slice(2).join('')}`;
}

/** What the gate can tell from the plate: green = new energy, yellow = large vehicle. */
export function vehicleClassOf(color: PlateColor | null): VehicleClass {
  if (color === 'green') return 'new_energy';
  if (color === 'yellow') return 'large';
  return 'small';
}

/**
 * The colour a session is billed by. An 8-character plate is a new-energy plate, which is green by
 * law, whatever colour the camera reported (cameras and the gate simulator default to blue); billing
 * it as a small car would overcharge every electric car that loses its free minutes or discount.
 */
export function plateColorOf(plate: string, reported: PlateColor | null): PlateColor {
  if (Array.from(plate).length === 8) return 'green';
  return reported ?? 'blue';
}

/** 8-character plates are new-energy (green); others blue unless said otherwise. */
export function defaultColor(plate: string): PlateColor {
  return Array.from(plate).length === 8 ? 'green' : 'blue';
}

/** Plates one misread character apart (what a camera's low-confidence read usually is). */
export function oneCharApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff === 1;
}

export type PlateRow = {
  id: string;
  user_id: string;
  plate: string;
  plate_color: PlateColor;
  vehicle_class: string;
  seamless_plate: string | null;
  agreement_no: string | null;
  agreement_signed_at: Date | string | null;
  /** Set once the vehicle registry confirmed the citizen as the plate's owner. */
  verified_at: Date | string | null;
  verified_plate: string | null;
  created_at: Date | string;
};

export function plateDto(p: PlateRow) {
  return {
    id: p.id,
    plate: displayPlate(p.plate),
    plate_color: p.plate_color,
    vehicle_class: p.vehicle_class,
    /** unverified: sees only the stays its driver paid, no seamless agreement. */
    verification: p.verified_at ? ('verified' as const) : ('unverified' as const),
    verified_at: toRfc3339(p.verified_at),
    seamless: Boolean(p.seamless_plate),
    agreement_no: p.agreement_no,
    agreement_signed_at: toRfc3339(p.agreement_signed_at),
  };
}
