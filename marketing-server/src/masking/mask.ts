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

/** A coupon's 12-digit code: only the last 4 digits, for everyone but the holder. */
export function maskCouponCode(code: string): string {
  if (code.length <= 4) return '*'.repeat(code.length);
  return `****${code.slice(-4)}`;
}
