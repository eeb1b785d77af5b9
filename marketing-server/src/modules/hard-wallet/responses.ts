import { z } from 'zod';

// What this module's routes answer (checked against every reply in tests, published in OpenAPI).

export const Card = z
  .object({
    id: z.string(),
    card_no: z.string(),
    batch_id: z.string(),
    media_type: z.string(),
    issuer: z.string(),
    status: z.string(),
    location: z.string(),
    /** The stock location's name (in_transit / missing are not locations: null). */
    location_name: z.string().nullable(),
    holder_kind: z.string().nullable(),
    holder_name: z.string().nullable(),
    kyc_level: z.string(),
    soft_wallet_id_masked: z.string().nullable(),
    blacklisted: z.boolean(),
    confirmed_balance_fen: z.number().int(),
    /** Offline spends uploaded, not yet booked (waiting for an earlier counter, or under review). */
    pending_offline_fen: z.number().int(),
    pending_offline_count: z.number().int(),
    subsidy_balance_fen: z.number().int(),
    last_chip_balance_fen: z.number().int(),
    offline_counter: z.number().int(),
    order_in_flight: z.string().nullable(),
    loss_at: z.string().nullable(),
    quiet_until: z.string().nullable(),
    /**
     * What follows for a closing card's confirmed balance: refund_after_quiet / transfer_after_quiet
     * (the sweep does it once quiet_until passes), retry_refund / retry_transfer (the bank refused it
     * finally; the money stays on the card until an officer retries), or null.
     */
    next_action: z.string().nullable(),
    replaced_by: z.string().nullable(),
    updated_at: z.string().nullable(),
  })
  .meta({ id: 'HardWalletCard' });
export const CardList = z.object({ items: z.array(Card) });

export const Batch = z
  .object({
    id: z.string(),
    beg_no: z.string(),
    end_no: z.string(),
    media_type: z.string(),
    issuer: z.string(),
    cos_version: z.string(),
    key_version: z.number().int(),
    valid_until: z.string(),
    deposit_fen: z.number().int(),
    card_count: z.number().int(),
    by_status: z.record(z.string(), z.number().int()),
    created_at: z.string(),
  })
  .meta({ id: 'HardWalletBatch' });
export const BatchList = z.object({ items: z.array(Batch) });
export const Location = z
  .object({
    id: z.string(),
    kind: z.enum(['warehouse', 'branch', 'vending']),
    name: z.string(),
    terminal_id: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'HardWalletLocation' });
export const LocationList = z.object({ items: z.array(Location) });
export const Stock = z.object({
  items: z.array(
    z.object({
      location: Location,
      /** Personalised blank cards free to issue or distribute here. */
      available: z.number().int(),
      /** Blank cards here held by a distribution order not dispatched yet. */
      reserved: z.number().int(),
      by_status: z.record(z.string(), z.number().int()),
    }),
  ),
  in_transit: z.number().int(),
  /** Cards written off after a short receipt: they can never be issued. */
  missing: z.number().int(),
});
export const Distribution = z
  .object({
    id: z.string(),
    from_location: z.string(),
    from_name: z.string(),
    to_location: z.string(),
    to_name: z.string(),
    status: z.enum(['created', 'in_transit', 'received', 'discrepancy', 'cancelled']),
    quantity: z.number().int(),
    beg_no: z.string(),
    end_no: z.string(),
    received_count: z.number().int().nullable(),
    shortfall: z.number().int(),
    missing_card_nos: z.array(z.string()),
    note: z.string().nullable(),
    created_by: z.string(),
    dispatched_by: z.string().nullable(),
    received_by: z.string().nullable(),
    resolved_by: z.string().nullable(),
    created_by_name: z.string(),
    dispatched_by_name: z.string().nullable(),
    received_by_name: z.string().nullable(),
    resolved_by_name: z.string().nullable(),
    created_at: z.string(),
    dispatched_at: z.string().nullable(),
    received_at: z.string().nullable(),
    resolved_at: z.string().nullable(),
  })
  .meta({ id: 'HardWalletDistribution' });
export const DistributionList = z.object({ items: z.array(Distribution) });
export const Params = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      media_type: z.string(),
      kyc_level: z.string(),
      issuer: z.string(),
      balance_max_fen: z.number().int(),
      offline_single_max_fen: z.number().int(),
      offline_count_max: z.number().int(),
      offline_cum_max_fen: z.number().int(),
      no_pin_max_fen: z.number().int(),
      floor_fen: z.number().int(),
    }),
  ),
  defaults: z.record(z.string(), z.number().int()),
});

export const CardOrder = z
  .object({
    id: z.string(),
    card_id: z.string(),
    direction: z.string(),
    amount_fen: z.number().int(),
    status: z.string(),
    error_code: z.string().nullable(),
    balance_after_fen: z.number().int().nullable(),
    /** A counter load's funding (cash | deposit); null for the other directions. */
    funding: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'HardWalletOrder' });
export const CounterLoadReceipt = z
  .object({
    order_id: z.string(),
    title: z.string(),
    branch_name: z.string(),
    operator_name: z.string(),
    card_no: z.string(),
    holder_name: z.string(),
    funding: z.enum(['cash', 'deposit']),
    funding_label: z.string(),
    deposit_account_masked: z.string().nullable(),
    amount_fen: z.number().int(),
    status: z.string(),
    status_label: z.string(),
    balance_after_fen: z.number().int().nullable(),
    tac: z.string().nullable(),
    created_at: z.string(),
    completed_at: z.string().nullable(),
  })
  .meta({ id: 'HardWalletCounterLoadReceipt' });
export const CardOrderList = z.object({ items: z.array(CardOrder) });
export const Replaced = z.object({ old: Card, replacement: Card });
export const Cancelled = z.object({ card: Card, unload_order_id: z.string().nullable() });

export const Terminal = z
  .object({
    id: z.string(),
    terminal_no: z.string(),
    kind: z.string(),
    merchant_id: z.string(),
    store_name: z.string(),
    org_id: z.string().nullable(),
    status: z.string(),
    batch_no: z.number().int(),
    program_version: z.string().nullable(),
    target_program_version: z.string().nullable(),
    param_version: z.number().int(),
    blacklist_version: z.number().int(),
    whitelist_version: z.number().int(),
    unuploaded_count: z.number().int(),
    seq_contiguous: z.number().int(),
    open_alerts: z.record(z.string(), z.number().int()),
    last_heartbeat_at: z.string().nullable(),
    last_signed_on_at: z.string().nullable(),
  })
  .meta({ id: 'HardWalletTerminal' });
export const TerminalList = z.object({ items: z.array(Terminal) });
export const MerchantOptions = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const RegisteredTerminal = Terminal.extend({ terminal_key: z.string() });
export const Rollout = z.object({ targeted: z.number().int(), of: z.number().int() });
const Delta = z
  .object({ version: z.number().int(), add: z.array(z.string()), remove: z.array(z.string()) })
  .nullable();
const Push = { blacklist: Delta, whitelist: Delta, target_program_version: z.string().nullable() };
export const SignOn = z.object({
  session_key: z.string(),
  batch_no: z.number().int(),
  server_time: z.string(),
  ...Push,
});
export const Heartbeat = z.object({ server_time: z.string(), ...Push });
export const Ingest = z.object({
  batch_id: z.string(),
  records: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ terminal_seq: z.number().int(), card_no: z.string(), code: z.string() })),
  applied: z.number().int(),
  exceptions: z.number().int(),
  waiting: z.number().int(),
});
export const SubsidySpend = z.object({
  id: z.string(),
  payment_no: z.string(),
  amount_fen: z.number().int(),
  subsidy_balance_fen: z.number().int(),
  occurred_at: z.string(),
});
export const Alerts = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      terminal_no: z.string(),
      kind: z.string(),
      from_seq: z.number().int().nullable(),
      to_seq: z.number().int().nullable(),
      status: z.string(),
      created_at: z.string(),
      resolved_at: z.string().nullable(),
    }),
  ),
});
export const OfflineBatches = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      terminal_no: z.string(),
      batch_no: z.number().int(),
      upload_no: z.number().int(),
      records: z.number().int(),
      accepted: z.number().int(),
      duplicates: z.number().int(),
      rejected: z.number().int(),
      received_at: z.string(),
    }),
  ),
});
export const Exception = z
  .object({
    id: z.string(),
    card_no: z.string().nullable(),
    record_id: z.string().nullable(),
    offline_counter: z.number().int().nullable(),
    terminal_seq: z.number().int().nullable(),
    amount_fen: z.number().int(),
    code: z.string(),
    detail: z.string(),
    status: z.string(),
    proposal: z.string().nullable(),
    proposed_by: z.string().nullable(),
    decided_by: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'HardWalletException' });
export const Exceptions = z.object({ items: z.array(Exception) });
export const ListEntries = z.object({ version: z.number().int(), cards: z.array(z.string()) });

export const Org = z
  .object({
    id: z.string(),
    name: z.string(),
    departments: z.array(z.object({ id: z.string(), name: z.string(), active_staff: z.number().int() })),
    canteen_merchant_ids: z.array(z.string()),
    fund_balance_fen: z.number().int(),
    whitelist_version: z.number().int(),
    created_at: z.string(),
  })
  .meta({ id: 'ParkOrg' });
export const Orgs = z.object({ items: z.array(Org) });
export const Staff = z
  .object({
    id: z.string(),
    org_id: z.string(),
    department_id: z.string(),
    name_masked: z.string(),
    status: z.string(),
    card_id: z.string().nullable(),
    card_no: z.string().nullable(),
    card_status: z.string().nullable(),
    wallet_balance_fen: z.number().int(),
    subsidy_balance_fen: z.number().int(),
    created_at: z.string(),
    offboarded_at: z.string().nullable(),
  })
  .meta({ id: 'ParkStaff' });
export const StaffList = z.object({ items: z.array(Staff) });
export const Offboarded = z.object({ staff: Staff, unload_order_id: z.string().nullable() });
export const Deposit = z.object({
  id: z.string(),
  org_id: z.string(),
  amount_fen: z.number().int(),
  reference: z.string(),
  status: z.string(),
  created_at: z.string(),
});
const Window = z.object({ start: z.string(), end: z.string() });
export const Run = z
  .object({
    id: z.string(),
    org_id: z.string(),
    month: z.string(),
    amount_per_staff_fen: z.number().int(),
    windows: z.array(Window),
    return_rule: z.string(),
    status: z.string(),
    total_fen: z.number().int(),
    returned_fen: z.number().int(),
    created_by: z.string(),
    approved_by: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'ParkSubsidyRun' });
export const Runs = z.object({ items: z.array(Run) });
export const SubsidyBill = z.object({
  balance_fen: z.number().int(),
  items: z.array(
    z.object({
      kind: z.enum(['grant', 'spend', 'return']),
      id: z.string(),
      amount_fen: z.number().int(),
      note: z.string(),
      at: z.string(),
    }),
  ),
});
