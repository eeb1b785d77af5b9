import { z } from 'zod';

// Response schemas of the transit routes (checked against every reply in tests; they feed the
// OpenAPI document and the front ends' generated types).

const ts = z.string().nullable();
const item = z.object({ code: z.string(), label: z.string(), amount_fen: z.number().int() });

export const FareResult = z.object({
  fare_version: z.number().int(),
  fare_fen: z.number().int(),
  full_fare_fen: z.number().int(),
  rule: z.string(),
  distance_m: z.number().int().nullable(),
  day_ticket_applied: z.boolean(),
  breakdown: z.array(item),
});

export const FareVersion = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'active', 'retired', 'rejected']),
  hash: z.string(),
  note: z.string().nullable(),
  created_by: z.string(),
  created_at: z.string(),
  decided_by: z.string().nullable(),
  decided_at: ts,
});
export const FareVersions = z.object({ items: z.array(FareVersion) });

export const Network = z.object({
  fare_version: z.number().int(),
  hash: z.string(),
  name: z.string(),
  lines: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      area: z.string(),
      operator_merchant_id: z.string(),
      stations: z.array(z.string()),
      length_m: z.number().int(),
    }),
  ),
  stations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      area: z.string(),
      kind: z.string(),
      lines: z.array(z.string()),
    }),
  ),
  rules: z.record(z.string(), z.unknown()),
  area_max_fen: z.record(z.string(), z.number().int()),
  area_min_fen: z.record(z.string(), z.number().int()),
});

export const Gtfs = z.object({ fare_version: z.number().int(), files: z.record(z.string(), z.string()) });

export const Journey = z.object({
  id: z.string(),
  kind: z.string(),
  entry_station: z.string().nullable(),
  entry_station_name: z.string().nullable(),
  exit_station: z.string().nullable(),
  exit_station_name: z.string().nullable(),
  entered_at: ts,
  exited_at: ts,
  status: z.enum(['settled', 'charging', 'paid', 'debt', 'waived']),
  rule: z.string(),
  fare_fen: z.number().int(),
  full_fare_fen: z.number().int(),
  paid_fen: z.number().int(),
  owed_fen: z.number().int(),
  breakdown: z.array(item),
  fare_version: z.number().int(),
  rider_category: z.string(),
  day_ticket_id: z.string().nullable(),
  debt_since: ts,
  created_at: z.string(),
});
export const Journeys = z.object({ items: z.array(Journey) });
export const AdminJourneys = z.object({ items: z.array(Journey.extend({ user_id: z.string().nullable() })) });

export const Charge = z.object({
  id: z.string(),
  kind: z.enum(['agreement', 'debt']),
  amount_fen: z.number().int(),
  status: z.enum(['processing', 'succeeded', 'failed']),
  error_code: z.string().nullable(),
  created_at: z.string(),
  completed_at: ts,
});
export const JourneyDetail = z.object({ journey: Journey, charges: z.array(Charge) });
export const DebtPaid = z.object({ charge: Charge, journey_id: z.string() });

export const RiderStatus = z.object({
  enrolled: z.boolean(),
  rider_category: z.string().nullable(),
  agreement_no: z.string().nullable(),
  agreement_signed_at: ts,
  debt_fen: z.number().int(),
  debts: z.number().int(),
});
export const Rider = z.object({
  rider_category: z.string(),
  agreement_no: z.string().nullable(),
  agreement_signed_at: ts,
  wallet_bound: z.boolean(),
});
export const RideCode = z.object({
  status: z.enum(['ok', 'blocked']),
  reason: z.string().nullable(),
  debt_fen: z.number().int(),
  code: z.string().nullable(),
  expires_at: ts,
  /** Seconds the code stays valid from this answer (the app counts down by it, not by the phone's clock). */
  expires_in_s: z.number().int().nullable(),
});

export const DayTicket = z.object({
  id: z.string(),
  product_id: z.string(),
  name: z.string(),
  price_fen: z.number().int(),
  order_id: z.string(),
  status: z.enum(['awaiting_payment', 'valid', 'closed']),
  state: z.string(),
  valid_from: ts,
  valid_until: ts,
  last_exit_by: ts,
  created_at: z.string(),
  paid_at: ts,
});
export const DayTickets = z.object({ items: z.array(DayTicket) });
export const DayTicketProducts = z
  .object({
    fare_version: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        price_fen: z.number().int(),
        /** Rides may start this long after the first entry. */
        valid_hours: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'DayTicketProducts' });
export const DayTicketBought = z.object({ ticket: DayTicket, qr_payload: z.string() });

export const Gate = z.object({
  id: z.string(),
  station_id: z.string(),
  kind: z.enum(['entry', 'exit', 'onboard']),
  blacklist_version: z.number().int(),
  blacklist_behind: z.number().int(),
  last_sync_at: ts,
  last_upload_at: ts,
  created_at: z.string(),
});
export const Gates = z.object({ blacklist_version: z.number().int(), items: z.array(Gate) });
export const GateCreated = z.object({
  id: z.string(),
  station_id: z.string(),
  kind: z.string(),
  secret: z.string(),
});
export const GateSync = z.object({
  server_time: z.string(),
  station_id: z.string(),
  fare_version: z.number().int(),
  keys: z.array(z.object({ kid: z.string(), public_pem: z.string() })),
  blacklist: z.object({
    version: z.number().int(),
    complete: z.boolean(),
    changes: z.array(
      z.object({ version: z.number().int(), rider_token: z.string(), action: z.enum(['add', 'remove']) }),
    ),
  }),
});
export const BatchAnswer = z.object({
  batch_id: z.string(),
  received: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  journeys: z.number().int(),
  duplicate_batch: z.boolean(),
});

export const TvmCreated = z.object({ id: z.string(), station_id: z.string(), secret: z.string() });
export const TvmQuote = z.object({
  from_station: z.string(),
  to_station: z.string(),
  fare_version: z.number().int(),
  fare_fen: z.number().int(),
  distance_m: z.number().int(),
});
export const TvmTicket = z.object({
  id: z.string(),
  request_no: z.string(),
  from_station: z.string(),
  to_station: z.string(),
  fare_fen: z.number().int(),
  fare_version: z.number().int(),
  order_id: z.string(),
  status: z.enum(['awaiting_payment', 'paid', 'issued', 'dispense_failed', 'refunded', 'closed', 'used']),
  ticket_code: z.string().nullable(),
  refund_id: z.string().nullable(),
  created_at: z.string(),
});
export const TvmStarted = z.object({
  ticket: TvmTicket,
  qr_payload: z.string(),
  distance_m: z.number().int(),
});
export const TvmTicketAnswer = z.object({ ticket: TvmTicket });
export const TvmTickets = z.object({ items: z.array(TvmTicket) });
export const Tvms = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      station_id: z.string(),
      tickets: z.number().int(),
      dispense_failed: z.number().int(),
      last_ticket_at: ts,
      created_at: z.string(),
    }),
  ),
});

export const DeskActions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      operator_id: z.string(),
      action: z.string(),
      journey_id: z.string().nullable(),
      user_id: z.string().nullable(),
      amount_fen: z.number().int(),
      reason: z.string(),
      details: z.record(z.string(), z.unknown()),
      created_at: z.string(),
    }),
  ),
});

export const DailyFigures = z.object({
  day: z.string(),
  items: z.array(
    z.object({
      station: z.string(),
      station_name: z.string(),
      journeys: z.number().int(),
      priced_fen: z.number().int(),
      paid_fen: z.number().int(),
      owed_fen: z.number().int(),
    }),
  ),
});
