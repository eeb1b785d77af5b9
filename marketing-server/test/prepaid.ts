import { driverWithWallet } from './parking';
import type { TestEnv } from './harness';

// Prepaid supervision test helpers: an approved merchant (the `cashier` operator's merchant) with
// products, consumers with funded e-CNY wallets who buy and pay, and the merchant's write-offs.

export async function approvedMerchant(
  env: TestEnv,
  opts: { operator?: string; rule_id?: string; revenue_fen?: number } = {},
) {
  const op = await env.admin(opts.operator ?? 'cashier');
  const applied = await env.api('POST', '/api/v1/admin/prepaid/merchant/application', {
    token: op,
    body: {
      rule_id: opts.rule_id ?? 'rule_sh_fitness',
      licence_since: '2024-03-01',
      credit_status: 'normal',
      revenue_last_year_fen: opts.revenue_fen ?? 1_000_000_000,
      escrow_tier: 'scale',
    },
  });
  if (applied.status !== 201) throw new Error(`apply failed ${JSON.stringify(applied.body)}`);
  const reviewed = await env.api(
    'POST',
    `/api/v1/admin/prepaid/merchants/${applied.body.merchant_id}/review`,
    {
      token: await env.admin('approver'),
      body: { approve: true, comment: '资质齐全' },
    },
  );
  if (reviewed.status !== 200) throw new Error(`review failed ${JSON.stringify(reviewed.body)}`);
  await env.platform.openEmbeddedMerchantWallets();
  return { token: op, merchantId: applied.body.merchant_id as string };
}

export async function addProduct(env: TestEnv, token: string, body: Record<string, unknown>) {
  const r = await env.api('POST', '/api/v1/admin/prepaid/products', { token, body });
  if (r.status !== 201) throw new Error(`product failed ${JSON.stringify(r.body)}`);
  return r.body as { id: string; price_fen: number; total_units: number };
}

let seq = 0;
/** A consumer with a funded wallet buys the product and pays: the contract ends up locked (active). */
export async function boughtContract(
  env: TestEnv,
  productId: string,
  consumer?: { id: string; token: string; walletId: string },
) {
  const c = consumer ?? (await driverWithWallet(env, 100_000));
  const bought = await env.api('POST', '/api/v1/me/prepaid/contracts', {
    token: c.token,
    idem: `buy-${c.id}-${++seq}`,
    body: { product_id: productId },
  });
  if (bought.status !== 201) throw new Error(`buy failed ${JSON.stringify(bought.body)}`);
  const paid = await env.api('POST', `/api/v1/me/prepaid/contracts/${bought.body.id}/pay`, {
    token: c.token,
    idem: `pay-${bought.body.id}`,
    body: {},
  });
  if (paid.status !== 201) throw new Error(`pay failed ${JSON.stringify(paid.body)}`);
  const contract = await myContract(env, c.token, bought.body.id);
  if (contract.contract.status !== 'active')
    throw new Error(`contract not locked: ${contract.contract.status}`);
  return { consumer: c, id: bought.body.id as string, contract: contract.contract };
}

export async function myContract(env: TestEnv, token: string, id: string) {
  const r = await env.api('GET', `/api/v1/me/prepaid/contracts/${id}`, { token });
  if (r.status !== 200) throw new Error(`contract failed ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function writeOffAndConfirm(
  env: TestEnv,
  merchantToken: string,
  consumerToken: string,
  id: string,
  seqNo: number,
  units: number,
) {
  const w = await env.api('POST', `/api/v1/admin/prepaid/contracts/${id}/write-offs`, {
    token: merchantToken,
    body: { seq: seqNo, units },
  });
  if (w.status !== 201) throw new Error(`write-off failed ${JSON.stringify(w.body)}`);
  const c = await env.api(
    'POST',
    `/api/v1/me/prepaid/contracts/${id}/write-offs/${w.body.write_off.id}/confirm`,
    {
      token: consumerToken,
      body: {},
    },
  );
  if (c.status !== 200) throw new Error(`confirm failed ${JSON.stringify(c.body)}`);
  return c.body as { id: string; amount_fen: number; status: string };
}

export async function escrowState(env: TestEnv) {
  const res = await fetch(`${env.platform.embedded.escrow!.url}/__mock/state`);
  return (await res.json()) as {
    contracts: {
      contract_id: string;
      funded_fen: number;
      locked_fen: number;
      released_fen: number;
      refunded_fen: number;
      frozen: boolean;
    }[];
    wallet_credits: Record<string, number>;
    chain: { ok: boolean };
  };
}
