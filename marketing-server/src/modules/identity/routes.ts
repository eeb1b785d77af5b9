import { z } from 'zod';
import * as R from './responses';
import type { RouteKit } from '../../http/router-kit';
import { citizenId } from '../../http/router-kit';
import { clientIp } from '../../http/client-ip';
import { limitCodeSend, limitedAdminLogin, limitedOtpLogin } from './rate-limits';
import type { IdentityService } from './service';
import { registerIdentityReviewRoutes } from './review-routes';

const phone = z.string().regex(/^1[3-9]\d{9}$/, 'must be a mainland mobile number (11 digits)');

export function registerIdentityRoutes(kit: RouteKit, identity: IdentityService) {
  registerIdentityAuthWechatRoutes(kit, identity);
  registerIdentityProfileAndAdminLoginRoutes(kit, identity);
}

function registerIdentityAuthWechatRoutes(kit: RouteKit, identity: IdentityService) {
  kit.route({
    method: 'post',
    path: '/auth/wechat',
    summary: 'Citizen login with a WeChat mini-program login code',
    tags: ['identity'],
    responses: { 200: R.postAuthWechat },
    auth: { kind: 'none' },
    body: z.strictObject({ code: z.string().min(1).max(128) }),
    handler: async ({ body }) => ({ status: 200, body: await identity.loginWithWechatCode(body.code) }),
  });
  kit.route({
    method: 'post',
    path: '/auth/otp',
    summary: 'Send a one-time login code by SMS (H5)',
    tags: ['identity'],
    responses: { 202: R.postAuthOtp },
    auth: { kind: 'none' },
    body: z.strictObject({ phone }),
    handler: async ({ ctx, body }) => {
      await limitCodeSend(kit.limiter, 'otp', body.phone, clientIp(ctx));
      return { status: 202, body: await identity.sendOtp(body.phone) };
    },
  });
  kit.route({
    method: 'post',
    path: '/auth/otp/verify',
    summary: 'Citizen login with phone + OTP (H5)',
    tags: ['identity'],
    responses: { 200: R.postAuthOtpVerify },
    auth: { kind: 'none' },
    body: z.strictObject({ phone, code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }),
    handler: async ({ ctx, body, requestId }) => ({
      status: 200,
      body: await limitedOtpLogin(kit.limiter, identity, { ...body, ip: clientIp(ctx), requestId }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me',
    summary: 'The logged-in citizen',
    tags: ['identity'],
    responses: { 200: R.getMe },
    auth: { kind: 'citizen' },
    handler: async ({ principal }) => ({ status: 200, body: await identity.getMe(citizenId(principal)) }),
  });
}

function registerIdentityProfileAndAdminLoginRoutes(kit: RouteKit, identity: IdentityService) {
  kit.route({
    method: 'post',
    path: '/me/identity',
    summary: 'Real-name verification (name + ID number)',
    tags: ['identity'],
    responses: { 200: R.postMeIdentity, 202: R.postMeIdentity },
    auth: { kind: 'citizen' },
    body: z.strictObject({
      real_name: z.string().trim().min(2).max(32),
      id_number: z.string().min(18).max(18),
    }),
    handler: async ({ body, principal, requestId }) => {
      const me = await identity.verifyIdentity(
        citizenId(principal),
        body.real_name,
        body.id_number,
        requestId,
      );
      // 202: another account holds this ID number; a review is open (me.identity_review says so).
      return { status: me.verified ? 200 : 202, body: me };
    },
  });
  registerIdentityReviewRoutes(kit, identity);
  kit.route({
    method: 'post',
    path: '/admin/auth/login',
    summary: 'Admin login with username and password',
    tags: ['admin'],
    responses: { 200: R.postAdminAuthLogin },
    auth: { kind: 'none' },
    body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) }),
    handler: async ({ ctx, body, requestId }) => ({
      status: 200,
      body: await limitedAdminLogin(kit.limiter, identity, { ...body, ip: clientIp(ctx), requestId }),
    }),
  });
}
