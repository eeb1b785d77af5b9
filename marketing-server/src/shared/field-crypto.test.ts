import { execFileSync } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEnvelope } from 'mocks';
import {
  blockEncrypt,
  decryptEnvelopes,
  decryptField,
  encryptField,
  FieldDecryptError,
  gcmOpen,
  gcmSeal,
  newApiKey,
  sm4KeyOf,
} from './field-crypto';

// SM4 and SM4-GCM against published vectors and independent implementations: the GB/T 32907-2016
// example, RFC 8998 appendix A.1 (SM4-GCM), the openssl command line (sm4-ecb), Python's
// `cryptography` (SM4-GCM, over OpenSSL's EVP), our GCM over AES against Node's aes-256-gcm, and the
// example partner's own decryption (mocks/, no shared code).

const hex = (s: string) => Buffer.from(s, 'hex');
const run = (cmd: string, args: string[], input?: Buffer) =>
  execFileSync(cmd, args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
const can = (cmd: string, args: string[], input?: Buffer) => {
  try {
    run(cmd, args, input);
    return true;
  } catch {
    return false;
  }
};

const GBT = '0123456789abcdeffedcba9876543210';
const opensslSm4 = can('openssl', ['enc', '-sm4-ecb', '-K', GBT, '-nopad'], hex(GBT));
const PY_SM4_GCM = `
import sys, json
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
a = json.loads(sys.stdin.read())
k, iv, aad = bytes.fromhex(a['key']), bytes.fromhex(a['iv']), bytes.fromhex(a['aad'])
if a['op'] == 'seal':
    e = Cipher(algorithms.SM4(k), modes.GCM(iv)).encryptor(); e.authenticate_additional_data(aad)
    ct = e.update(bytes.fromhex(a['data'])) + e.finalize(); print((ct + e.tag).hex())
else:
    d = bytes.fromhex(a['data'])
    x = Cipher(algorithms.SM4(k), modes.GCM(iv, d[-16:])).decryptor(); x.authenticate_additional_data(aad)
    print((x.update(d[:-16]) + x.finalize()).hex())
`;
const python = (a: Record<string, string>) =>
  run('python3', ['-c', PY_SM4_GCM], Buffer.from(JSON.stringify(a)))
    .toString()
    .trim();
const pythonSm4Gcm = can('python3', [
  '-c',
  'from cryptography.hazmat.primitives.ciphers import algorithms; algorithms.SM4',
]);

describe('SM4 and GCM', () => {
  it('SM4 block: the GB/T 32907 example (key = plaintext = 0123…3210)', () => {
    expect(blockEncrypt('sm4-ecb', hex(GBT))(hex(GBT)).toString('hex')).toBe(
      '681edf34d206965e86b3e94f536e4246',
    );
  });

  it.skipIf(!opensslSm4)('SM4 block agrees with openssl enc -sm4-ecb on random blocks', () => {
    const key = newApiKey();
    const k = sm4KeyOf(key);
    const blocks = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 255));
    const ours = blockEncrypt('sm4-ecb', k)(blocks);
    const theirs = run('openssl', ['enc', '-sm4-ecb', '-K', k.toString('hex'), '-nopad'], blocks);
    expect(ours.equals(theirs)).toBe(true);
  });

  it('SM4-GCM: RFC 8998 appendix A.1', () => {
    const pt = hex(
      'AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA',
    );
    const key = hex('0123456789ABCDEFFEDCBA9876543210');
    const iv = hex('00001234567800000000ABCD');
    const aad = hex('FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2');
    const { ciphertext, tag } = gcmSeal(blockEncrypt('sm4-ecb', key), iv, pt, aad);
    expect(ciphertext.toString('hex')).toBe(
      '17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d',
    );
    expect(tag.toString('hex')).toBe('83de3541e4c2b58177e065a9bf7b62ec');
    expect(gcmOpen(blockEncrypt('sm4-ecb', key), iv, ciphertext, tag, aad).equals(pt)).toBe(true);
    const flipped = Buffer.from(ciphertext);
    flipped[3] ^= 1;
    expect(() => gcmOpen(blockEncrypt('sm4-ecb', key), iv, flipped, tag, aad)).toThrow(FieldDecryptError);
  });

  it('the GCM construction over AES gives exactly what Node’s aes-256-gcm gives (odd lengths, empty AAD)', () => {
    for (const len of [0, 1, 15, 16, 17, 100]) {
      const key = Buffer.from(newApiKey(), 'base64');
      const iv = Buffer.alloc(12, len);
      const pt = Buffer.alloc(len, 0x5a);
      const aad = Buffer.from(len % 2 ? 'aad' : '');
      const c = createCipheriv('aes-256-gcm', key, iv);
      c.setAAD(aad);
      const native = Buffer.concat([c.update(pt), c.final()]);
      const ours = gcmSeal(blockEncrypt('aes-256-ecb', key), iv, pt, aad);
      expect(ours.ciphertext.equals(native)).toBe(true);
      expect(ours.tag.equals(c.getAuthTag())).toBe(true);
    }
  });

  it.skipIf(!pythonSm4Gcm)('SM4-GCM agrees with Python cryptography both ways', () => {
    const key = sm4KeyOf(newApiKey());
    const iv = hex('0a0b0c0d0e0f101112131415');
    const aad = Buffer.from('consent.granted/phone');
    const pt = Buffer.from('13912345678 王小明 440101199001011234');
    const ours = gcmSeal(blockEncrypt('sm4-ecb', key), iv, pt, aad);
    const theirs = python({
      op: 'seal',
      key: key.toString('hex'),
      iv: iv.toString('hex'),
      aad: aad.toString('hex'),
      data: pt.toString('hex'),
    });
    expect(Buffer.concat([ours.ciphertext, ours.tag]).toString('hex')).toBe(theirs);
    const opened = python({
      op: 'open',
      key: key.toString('hex'),
      iv: iv.toString('hex'),
      aad: aad.toString('hex'),
      data: theirs,
    });
    expect(hex(opened).toString('utf8')).toBe(pt.toString('utf8'));
  });
});

describe('envelopes', () => {
  it('both algorithms round-trip; the example partner (no shared code) opens them too', () => {
    const key = newApiKey();
    for (const alg of ['AEAD_SM4_GCM', 'AEAD_AES_256_GCM'] as const) {
      const e = encryptField(alg, key, '440101199001011234', 'consent.granted/id_number');
      expect(e).toMatchObject({ algorithm: alg, associated_data: 'consent.granted/id_number' });
      expect(Buffer.from(e.nonce, 'base64')).toHaveLength(12);
      expect(decryptField(e, [key])).toBe('440101199001011234');
      expect(openEnvelope(e, key)).toBe('440101199001011234');
    }
  });

  it('during a rotation either key opens; a wrong key, changed associated data or a cut tag do not', () => {
    const [oldKey, newKey] = [newApiKey(), newApiKey()];
    const e = encryptField('AEAD_SM4_GCM', oldKey, '13912345678', 'phone');
    expect(decryptField(e, [newKey, oldKey])).toBe('13912345678');
    expect(() => decryptField(e, [newKey])).toThrow(FieldDecryptError);
    expect(() => decryptField({ ...e, associated_data: 'name' }, [oldKey])).toThrow(FieldDecryptError);
    expect(() => decryptField({ ...e, ciphertext: e.ciphertext.slice(0, 8) }, [oldKey])).toThrow(
      FieldDecryptError,
    );
    expect(() => decryptField({ ...e, algorithm: 'AEAD_RC4' as never }, [oldKey])).toThrow(FieldDecryptError);
  });

  it('decryptEnvelopes opens envelopes at any depth and leaves everything else alone', () => {
    const key = newApiKey();
    const body = {
      id: 'cns_1',
      phone: encryptField('AEAD_AES_256_GCM', key, '13912345678', 'phone'),
      nested: [{ real_name: encryptField('AEAD_SM4_GCM', key, '王小明', 'real_name') }],
      n: 3,
    };
    expect(decryptEnvelopes(body, [key])).toEqual({
      id: 'cns_1',
      phone: '13912345678',
      nested: [{ real_name: '王小明' }],
      n: 3,
    });
  });
});
