import { isRefusal } from '../../shared/domain-error';
import type { RateLimiter } from '../../security/rate-limit';
import type { IdentityService } from './service';

// The limits around logins and one-time codes. They sit around the identity service rather than in it:
// the service decides whether a password or code is right, these decide how often anyone may ask.

/**
 * Admin login, limited per username and per client address: delays after a few failures, then a lock
 * (audited) during which even the right password is refused. A success forgets the username's failures
 * and takes back its own count at the address (so an office behind one address is not locked out).
 */
export async function limitedAdminLogin(
  limiter: RateLimiter,
  identity: IdentityService,
  input: { username: string; password: string; ip: string; requestId: string },
) {
  const { adminLoginUser, adminLoginIp } = limiter.limits;
  const user = await limiter.attempt('login-user', input.username, adminLoginUser);
  const ip = await limiter.attempt('login-ip', input.ip, adminLoginIp);
  let session;
  try {
    session = await identity.loginAdmin(input.username, input.password);
  } catch (err) {
    if (isRefusal(err, 'INVALID_CREDENTIALS') && (user.locked || ip.locked)) {
      await identity.recordLockout({
        subject: user.locked ? 'admin_username' : 'client_ip',
        username: input.username,
        ip: input.ip,
        failures: user.locked ? user.failures : ip.failures,
        lockMs: user.locked ? adminLoginUser.lockMs : adminLoginIp.lockMs,
        requestId: input.requestId,
      });
    }
    throw err;
  }
  await limiter.reset('login-user', input.username, adminLoginUser);
  await limiter.release('login-ip', input.ip, adminLoginIp, ip);
  return session;
}

/** Sending a code to a phone (login SMS, or the bank's binding SMS): per phone and per address. */
export async function limitCodeSend(limiter: RateLimiter, kind: 'otp' | 'bind', phone: string, ip: string) {
  const { otpResendMs, otpSendPhoneDay, otpSendIpHour } = limiter.limits;
  // The address first (a refused address touches nothing of the phone's), then the 60-s gap, atomic:
  // of two parallel sends one passes (the old read-then-insert let both through), then the day.
  await limiter.take([{ name: `${kind}-ip-hour`, key: ip, limit: otpSendIpHour }]);
  await limiter.cooldown(`${kind}-resend`, phone, otpResendMs);
  await limiter.take([{ name: `${kind}-phone-day`, key: phone, limit: otpSendPhoneDay }]);
}

/** Login by SMS code: a few wrong codes lock the phone for a while, the right code included. */
export async function limitedOtpLogin(
  limiter: RateLimiter,
  identity: IdentityService,
  input: { phone: string; code: string; ip: string; requestId: string },
) {
  const policy = limiter.limits.otpVerifyPhone;
  const taken = await limiter.attempt('otp-verify', input.phone, policy);
  let session;
  try {
    session = await identity.loginWithOtp(input.phone, input.code);
  } catch (err) {
    if (isRefusal(err, 'OTP_INVALID') && taken.locked) {
      await identity.recordLockout({
        subject: 'otp_phone',
        phone: input.phone,
        ip: input.ip,
        failures: taken.failures,
        lockMs: policy.lockMs,
        requestId: input.requestId,
      });
    }
    throw err;
  }
  await limiter.reset('otp-verify', input.phone, policy);
  return session;
}
