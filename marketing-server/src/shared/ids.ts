import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

// One getrandom() call per 4 KiB instead of one per id.
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let poolOffset = 0;
function randomByte(): number {
  if (poolOffset === POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  return pool[poolOffset++];
}

// Time-ordered opaque ids (prefix + 10 chars of time + 12 random chars): index-friendly in MySQL
// and sortable for cursor pagination.
export function newId(prefix: string): string {
  let t = Date.now();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (let i = 0; i < 12; i++) rand += ALPHABET[randomByte() % 32];
  return `${prefix}_${time}${rand}`;
}

export function numericCode(digits: number): string {
  let s = String(randomInt(1, 10));
  for (let i = 1; i < digits; i++) s += String(randomInt(0, 10));
  return s;
}
