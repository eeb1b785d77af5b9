import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

// Time-ordered opaque ids (prefix + 10 chars of time + 12 random chars): index-friendly in MySQL
// and sortable for cursor pagination.
export function newId(prefix: string): string {
  let t = Date.now();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(12);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

export function numericCode(digits: number): string {
  let s = String(randomInt(1, 10));
  for (let i = 1; i < digits; i++) s += String(randomInt(0, 10));
  return s;
}
