// Display masking per JR/T 0171-2020 conventions (see shared/docs/DOMAIN.md).
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

export function maskWalletId(walletId: string): string {
  if (walletId.length < 10) return '*'.repeat(walletId.length);
  return `${walletId.slice(0, 6)}******${walletId.slice(-4)}`;
}

export function maskPlate(plate: string): string {
  const chars = Array.from(plate.replace('·', ''));
  if (chars.length < 4) return '*'.repeat(chars.length);
  return `${chars[0]}${chars[1]}·${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

const MASKERS: Partial<Record<string, (v: string) => string>> = {
  phone: maskPhone,
  mobile: maskPhone,
  id_number: maskIdNumber,
  real_name: maskName,
  name_of_holder: maskName,
  wallet_id: maskWalletId,
  plate: maskPlate,
  plate_no: maskPlate,
};

/** Masks personal-data fields by name anywhere in a JSON-like value. */
export function maskDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const masker = MASKERS[k];
      out[k] = masker && typeof v === 'string' ? masker(v) : maskDeep(v);
    }
    return out as T;
  }
  return value;
}
