import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { placeTerminalError, terminalBody } from './terminal-form';

const base = {
  merchant_id: 'mch_1',
  store_name: ' 一号食堂 ',
  kind: 'canteen_pos' as const,
  terminal_no: ' ct0001a ',
};

describe('the terminal registration body', () => {
  it('trims the store name, capitalises the serial and leaves out a park organisation', () => {
    expect(terminalBody({ ...base, org_id: 'org_1' })).toEqual({
      terminal_no: 'CT0001A',
      kind: 'canteen_pos',
      merchant_id: 'mch_1',
      store_name: '一号食堂',
    });
  });

  it('sends the park organisation of a door controller only', () => {
    expect(terminalBody({ ...base, kind: 'door', org_id: 'org_1' }).org_id).toBe('org_1');
    expect(terminalBody({ ...base, kind: 'door' })).not.toHaveProperty('org_id');
  });
});

describe("the server's refusals on the form", () => {
  it('puts a taken terminal number on the serial field', () => {
    expect(placeTerminalError(new ApiError(409, 'TERMINAL_EXISTS', '终端号已登记'))).toEqual({
      fields: [{ name: 'terminal_no', errors: ['终端号已登记'] }],
      message: null,
    });
  });

  it('puts an unknown merchant on the merchant field', () => {
    expect(placeTerminalError(new ApiError(404, 'NOT_FOUND', '商户不存在'))).toEqual({
      fields: [{ name: 'merchant_id', errors: ['商户不存在'] }],
      message: null,
    });
  });

  it('puts validation issues on their fields in Chinese, once each; others above the form', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'Invalid body: /terminal_no …', 'req_1', {
      issues: [
        { path: '/terminal_no', message: 'Invalid string: must match pattern /^[A-Z0-9]{6,20}$/' },
        { path: '/terminal_no', message: 'Too small' },
        { path: '/store_name', message: 'Too big: expected string to have <=80 characters' },
        { path: '/', message: 'unknown field(s): extra' },
      ],
    });
    expect(placeTerminalError(err)).toEqual({
      fields: [
        { name: 'terminal_no', errors: ['终端号须为 6–20 位大写字母或数字'] },
        { name: 'store_name', errors: ['门店名称须为 1–80 个字'] },
      ],
      message: '/：unknown field(s): extra',
    });
  });

  it('shows any other refusal as the server words it, and a network failure as a retry', () => {
    expect(placeTerminalError(new ApiError(403, 'FORBIDDEN', '无权执行此操作'))).toEqual({
      fields: [],
      message: '无权执行此操作',
    });
    expect(placeTerminalError(new Error('boom')).message).toBe('登记失败，请重试');
  });
});
