import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningMock } from '../shared/serve';
import { createIdentityRegistryMock } from '../identity-registry/server';
import { createVehicleRegistryMock } from './server';

const TOKEN = 'registry-token';
const KEY = 'hash-key';
const started: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((m) => m.close()));
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });
const hash = (id: string) => createHmac('sha256', KEY).update(`id:${id}`).digest('hex');

describe('vehicle registry simulator', () => {
  it('answers whether a plate is registered to the owner; token required; faults injected', async () => {
    const running = await createVehicleRegistryMock({ apiToken: TOKEN, idHashKey: KEY }).listen();
    started.push(running);
    const reg = await post(`${running.url}/__mock/vehicles`, {
      plate: '粤A·D12345',
      owner_name: '张三',
      owner_id_number: '11010519491231002X',
    });
    expect(reg.status).toBe(201);
    const check = (b: unknown, h?: Record<string, string>) =>
      post(`${running.url}/v1/vehicles/owner-check`, b, h);
    const owner = { plate: '粤AD12345', owner_name: '张三', owner_id_hash: hash('11010519491231002X') };
    expect(await (await check(owner)).json()).toEqual({ result: 'match' });
    expect(await (await check({ ...owner, owner_name: '李四' })).json()).toEqual({ result: 'no_match' });
    expect(await (await check({ ...owner, owner_id_hash: hash('440106199001011235') })).json()).toEqual({
      result: 'no_match',
    });
    expect(await (await check({ ...owner, plate: '粤B12345' })).json()).toEqual({ result: 'not_registered' });
    expect((await check(owner, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await check(owner, { 'x-mock-fault': 'error' })).status).toBe(503);
  });
});

describe('identity registry simulator', () => {
  it('matches name + ID number against seeded and added identities', async () => {
    const running = await createIdentityRegistryMock({ apiToken: TOKEN }).listen();
    started.push(running);
    const verify = (b: unknown, h?: Record<string, string>) =>
      post(`${running.url}/v1/identity/verify`, b, h);
    expect(await (await verify({ name: '张三', id_number: '11010519491231002x' })).json()).toEqual({
      result: 'match',
    });
    expect(await (await verify({ name: '李四', id_number: '11010519491231002X' })).json()).toEqual({
      result: 'no_match',
    });
    const added = { name: '周八', id_number: '440106199512120011' };
    expect(await (await verify(added)).json()).toEqual({ result: 'no_match' });
    expect((await post(`${running.url}/__mock/identities`, added)).status).toBe(201);
    expect(await (await verify(added)).json()).toEqual({ result: 'match' });
    expect((await verify(added, { authorization: 'Bearer nope' })).status).toBe(401);
    await post(`${running.url}/__mock/faults`, { error_rate: 1 });
    expect((await verify(added)).status).toBe(503);
  });
});
