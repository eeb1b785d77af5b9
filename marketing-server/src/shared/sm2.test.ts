import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateSm2KeyPair,
  parseSm2PrivateKey,
  parseSm2PublicKey,
  publicKeyOf,
  sm2PublicKeyPem,
  sm2Sign,
  sm2Verify,
} from './sm2';
import { signWith, stringToSign, verifyWith } from './open-signing';

// SM2-with-SM3 against an independent implementation: the openssl command line (3.x), with the
// default user id through `-sigopt distid:1234567812345678`, in both directions.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm2-'));
const openssl = (...args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const opensslCanSm2 = (() => {
  try {
    openssl('genpkey', '-algorithm', 'SM2', '-out', 'probe.pem');
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!opensslCanSm2)(
  'SM2 with SM3 against openssl (skipped only if this openssl has no SM2)',
  () => {
    const message = stringToSign(
      'POST',
      '/api/v1/open/v1/coupons',
      '1764633600',
      'nonce-1',
      '{"campaign_id":"cmp_1"}',
    );

    it('openssl signs with distid 1234567812345678 → we verify; a changed message or id does not', () => {
      openssl('genpkey', '-algorithm', 'SM2', '-out', 'k.pem');
      openssl('pkey', '-in', 'k.pem', '-pubout', '-out', 'pub.pem');
      fs.writeFileSync(path.join(dir, 'm.txt'), message);
      openssl(
        'dgst',
        '-sm3',
        '-sign',
        'k.pem',
        '-sigopt',
        'distid:1234567812345678',
        '-out',
        'sig.der',
        'm.txt',
      );
      const pub = parseSm2PublicKey(fs.readFileSync(path.join(dir, 'pub.pem'), 'utf8'));
      const sig = fs.readFileSync(path.join(dir, 'sig.der'));
      expect(sm2Verify(pub, message, sig)).toBe(true);
      expect(sm2Verify(pub, `${message}x`, sig)).toBe(false);
      expect(sm2Verify(pub, message, sig, '1234567812345679')).toBe(false);
      // The private key openssl wrote gives the same public key here.
      const d = parseSm2PrivateKey(fs.readFileSync(path.join(dir, 'k.pem'), 'utf8'));
      expect(publicKeyOf(d.toString(16).padStart(64, '0')).hex).toBe(pub.hex);
    });

    it('we sign → openssl verifies with the same distid (and refuses another id)', () => {
      for (let i = 0; i < 5; i++) {
        const pair = generateSm2KeyPair();
        fs.writeFileSync(path.join(dir, 'pub2.pem'), sm2PublicKeyPem(pair.publicKey));
        fs.writeFileSync(path.join(dir, 'm2.txt'), `${message}${i}`);
        fs.writeFileSync(path.join(dir, 'sig2.der'), sm2Sign(pair.privateKeyHex, `${message}${i}`));
        const verify = (id: string) => {
          try {
            return openssl(
              'dgst',
              '-sm3',
              '-verify',
              'pub2.pem',
              '-sigopt',
              `distid:${id}`,
              '-signature',
              'sig2.der',
              'm2.txt',
            );
          } catch (err) {
            return String((err as { stdout?: Buffer }).stdout ?? 'failed');
          }
        };
        expect(verify('1234567812345678')).toMatch(/Verified OK/);
        expect(verify('0000000000000000')).not.toMatch(/Verified OK/);
      }
    });

    it('the APIX schemes sign and verify the WeChat-style string; HMAC-SM3 matches node crypto', () => {
      const pair = generateSm2KeyPair();
      const sig = signWith('APIX-SM2-WITH-SM3', pair.privateKeyHex, message);
      expect(verifyWith('APIX-SM2-WITH-SM3', sm2PublicKeyPem(pair.publicKey), message, sig)).toBe(true);
      expect(
        verifyWith('APIX-SM2-WITH-SM3', sm2PublicKeyPem(pair.publicKey), message.replace('POST', 'GET'), sig),
      ).toBe(false);
      expect(
        verifyWith('APIX-SM2-WITH-SM3', sm2PublicKeyPem(pair.publicKey), message, 'not base64 at all'),
      ).toBe(false);
      const mac = signWith('APIX-HMAC-SM3', 'secret', message);
      expect(mac).toBe(createHmac('sm3', 'secret').update(message).digest('base64'));
      // openssl's HMAC-SM3 agrees too.
      fs.writeFileSync(path.join(dir, 'm3.txt'), message);
      const out = openssl('dgst', '-sm3', '-hmac', 'secret', 'm3.txt');
      expect(out.trim().split('= ')[1]).toBe(Buffer.from(mac, 'base64').toString('hex'));
    });

    it('malformed signatures and points are refused, never thrown', () => {
      const pair = generateSm2KeyPair();
      expect(sm2Verify(pair.publicKey, message, Buffer.alloc(10))).toBe(false);
      expect(sm2Verify(pair.publicKey, message, Buffer.alloc(64))).toBe(false);
      expect(() => parseSm2PublicKey(`04${'11'.repeat(64)}`)).toThrow(/not on the SM2 curve/);
    });
  },
);
