import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const GateDecision = z.object({
  event_id: z.string(),
  action: z.enum(['open', 'hold']),
  display: z.string(),
  session_id: z.string().nullable(),
  fee_fen: z.number().int().optional(),
  due_fen: z.number().int().optional(),
});
const BillingDayLine = z
  .object({
    billing_day: z.string(),
    from: z.string(),
    to: z.string(),
    day_units: z.number(),
    day_fen: z.number().int(),
    night_units: z.number(),
    night_fen: z.number().int(),
    night_capped: z.boolean(),
    capped_24h: z.boolean(),
    fen: z.number(),
  })
  .meta({ id: 'BillingDayLine' });
const LaneRow = z
  .object({
    id: z.string(),
    lot_id: z.string(),
    name: z.string(),
    direction: z.enum(['entry', 'exit']),
  })
  .meta({ id: 'ParkingLane' });
const ParkingPayment = z
  .object({
    id: z.string(),
    session_id: z.string(),
    lot_id: z.string(),
    channel: z.enum(['app', 'seamless']),
    due_fen: z.number().int(),
    discount_fen: z.number().int(),
    payable_fen: z.number().int(),
    status: z.enum(['failed', 'processing', 'succeeded']),
    error_code: z.string().nullable(),
    priced_until: z.string().nullable(),
    created_at: z.string(),
    completed_at: z.string().nullable(),
  })
  .meta({ id: 'ParkingPayment' });
const ParkingLot = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    merchant_id: z.string(),
    tariff_id: z.string(),
    free_exit_minutes: z.number().int(),
  })
  .meta({ id: 'ParkingLot' });
export const postParkingGateEvents = GateDecision;
export const getParkingLots = z.object({ items: z.array(ParkingLot) });
export const getParkingLotsByLotIdSession = z
  .object({
    lot: z.object({
      id: z.string(),
      name: z.string(),
      address: z.string(),
      free_exit_minutes: z.number().int(),
    }),
    tariff_name: z.string(),
    as_of: z.string(),
    minutes: z.number().int(),
    live_fee_fen: z.number().int(),
    due_fen: z.number().int(),
    breakdown: z.array(BillingDayLine),
    coupons: z.array(
      z.object({
        coupon_code: z.string(),
        claim_id: z.string(),
        campaign_name: z.string(),
        discount_fen: z.number().int(),
        use_end_at: z.string(),
      }),
    ),
    id: z.string(),
    lot_id: z.string(),
    plate: z.string(),
    plate_color: z.string(),
    vehicle_class: z.enum(['small', 'large', 'new_energy']),
    status: z.enum(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']),
    entry_at: z.string(),
    exit_at: z.string().nullable(),
    exit_offline: z.boolean(),
    fee_fen: z.number().int(),
    covered_fen: z.number().int(),
    discount_fen: z.number().int(),
    paid_until: z.string().nullable(),
  })
  .meta({ id: 'LiveSession' });
export const postMeParkingPlates = z
  .object({
    id: z.string(),
    plate: z.string(),
    plate_color: z.enum(['blue', 'green', 'yellow', 'white', 'black']),
    vehicle_class: z.string(),
    verification: z.enum(['verified', 'unverified']),
    verified_at: z.string().nullable(),
    seamless: z.boolean(),
    agreement_no: z.string().nullable(),
    agreement_signed_at: z.string().nullable(),
  })
  .meta({ id: 'ParkingPlate' });
export const getMeParkingPlates = z.object({ items: z.array(postMeParkingPlates) });
export const postMeParkingPlatesByPlateIdVerification = postMeParkingPlates;
export const deleteMeParkingPlatesByPlateId = z.object({ id: z.string(), removed: z.boolean() });
export const putMeParkingPlatesByPlateIdSeamless = postMeParkingPlates;
export const getMeParkingSessions = z.object({
  current: z.array(getParkingLotsByLotIdSession),
  history: z.array(
    z.object({
      lot_name: z.string(),
      id: z.string(),
      lot_id: z.string(),
      plate: z.string(),
      plate_color: z.string(),
      vehicle_class: z.enum(['small', 'large', 'new_energy']),
      status: z.enum(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']),
      entry_at: z.string(),
      exit_at: z.string().nullable(),
      exit_offline: z.boolean(),
      fee_fen: z.number().int(),
      covered_fen: z.number().int(),
      discount_fen: z.number().int(),
      paid_until: z.string().nullable(),
    }),
  ),
});
export const getMeParkingSessionsBySessionId = getParkingLotsByLotIdSession;
export const postMeParkingSessionsBySessionIdPayments = z
  .object({
    payment: ParkingPayment,
    session: z.object({
      id: z.string(),
      status: z.enum(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']),
      paid_until: z.string().nullable(),
      covered_fen: z.number().int(),
    }),
  })
  .meta({ id: 'ParkingPayResult' });
export const getMeParkingPayments = z.object({ items: z.array(ParkingPayment) });
export const getMeParkingPaymentsByPaymentIdReceipt = z
  .object({
    bank_trade_no: z.string().nullable(),
    note: z.string(),
    id: z.string(),
    session_id: z.string(),
    lot_id: z.string(),
    channel: z.enum(['app', 'seamless']),
    due_fen: z.number().int(),
    discount_fen: z.number().int(),
    payable_fen: z.number().int(),
    status: z.enum(['failed', 'processing', 'succeeded']),
    error_code: z.string().nullable(),
    priced_until: z.string().nullable(),
    created_at: z.string(),
    completed_at: z.string().nullable(),
    receipt_no: z.string(),
    title: z.string(),
    seller: z.string(),
    lot: z.object({ name: z.string(), address: z.string() }),
    plate: z.string(),
    entry_at: z.string(),
    exit_at: z.string().nullable(),
    free_exit_until: z.string().nullable(),
    coupon_campaign: z.string().nullable(),
    minutes: z.number().int(),
    tariff_name: z.string(),
    breakdown: z.array(BillingDayLine),
  })
  .meta({ id: 'ParkingReceipt' });
export const getAdminParkingTariffs = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      unit_minutes: z.number().int(),
      grace: z.object({ minutes: z.number().int(), counts_if_exceeded: z.boolean() }),
      day: z.object({
        start: z.string(),
        end: z.string(),
        unit_price_fen: z.number().int(),
        first_hour_unit_price_fen: z.number().int().optional(),
        holiday_unit_price_fen: z.number().int().optional(),
      }),
      night: z.object({ unit_price_fen: z.number().int(), cap_fen: z.number().int().optional() }),
      billing_day_start: z.string(),
      vehicle_classes: z.object({
        small: z.object({ price_pct: z.number() }),
        large: z.object({ price_pct: z.number() }),
        new_energy: z.object({ free_minutes: z.number().int(), discount_pct: z.number().int() }),
      }),
      holidays: z.array(z.string()),
      cap_24h_fen: z.number().int().optional(),
      id: z.string(),
    }),
  ),
});
export const postAdminParkingTariffsPreview = z.object({
  fee_fen: z.number().int(),
  minutes: z.number().int(),
  billed_from: z.string().nullable(),
  breakdown: z.array(BillingDayLine),
  adjustments: z.array(
    z.object({
      kind: z.enum(['vehicle_class', 'grace', 'new_energy_free', 'new_energy_discount']),
      detail: z.string(),
      fen: z.number().optional(),
    }),
  ),
  tariff_name: z.string(),
});
export const getAdminParkingLots = z.object({
  items: z.array(
    z.object({
      tariff_name: z.string(),
      gate_url: z.string().nullable(),
      lanes: z.array(LaneRow),
      cars_inside: z.number(),
      id: z.string(),
      name: z.string(),
      address: z.string(),
      merchant_id: z.string(),
      tariff_id: z.string(),
      free_exit_minutes: z.number().int(),
    }),
  ),
});
export const postAdminParkingLotsByLotIdTariffChangesByChangeIdDecision = z.object({
  id: z.string(),
  kind: z.string(),
  target_id: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  summary: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  proposed_by: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  decision_comment: z.string().nullable(),
  created_at: z.string(),
});
export const patchAdminParkingLotsByLotId = z.object({
  pending_tariff_change: postAdminParkingLotsByLotIdTariffChangesByChangeIdDecision.nullable(),
  id: z.string(),
  name: z.string(),
  address: z.string(),
  merchant_id: z.string(),
  tariff_id: z.string(),
  free_exit_minutes: z.number().int(),
});
export const getAdminParkingTariffChanges = z.object({
  items: z.array(postAdminParkingLotsByLotIdTariffChangesByChangeIdDecision),
});
export const getAdminParkingSessions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      lot_id: z.string(),
      plate: z.string(),
      plate_color: z.string(),
      vehicle_class: z.enum(['small', 'large', 'new_energy']),
      status: z.enum(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']),
      entry_at: z.string(),
      exit_at: z.string().nullable(),
      exit_offline: z.boolean(),
      fee_fen: z.number().int(),
      covered_fen: z.number().int(),
      discount_fen: z.number().int(),
      paid_until: z.string().nullable(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
export const postAdminParkingSessionsBySessionIdRelease = z.object({
  session_id: z.string(),
  status: z.string(),
  gate_command: z.object({ command_id: z.string(), delivered: z.boolean() }).nullable(),
});
export const getAdminParkingPayments = z.object({
  items: z.array(
    z.object({
      plate: z.string(),
      id: z.string(),
      session_id: z.string(),
      lot_id: z.string(),
      channel: z.enum(['app', 'seamless']),
      due_fen: z.number().int(),
      discount_fen: z.number().int(),
      payable_fen: z.number().int(),
      status: z.enum(['failed', 'processing', 'succeeded']),
      error_code: z.string().nullable(),
      priced_until: z.string().nullable(),
      created_at: z.string(),
      completed_at: z.string().nullable(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
export const getAdminParkingExceptions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      lot_id: z.string(),
      lane_id: z.string().nullable(),
      lane_name: z.string().nullable(),
      kind: z.enum(['no_plate', 'low_confidence', 'unmatched_exit', 'unpaid_exit', 'misread_matched']),
      plate: z.string().nullable(),
      session_id: z.string().nullable(),
      event_id: z.string().nullable(),
      detail: z.string(),
      status: z.enum(['open', 'resolved']),
      resolved_by: z.string().nullable(),
      /** The resolver's display name (系统 for a debt closed by its payment). */
      resolved_by_name: z.string().nullable(),
      resolution_note: z.string().nullable(),
      created_at: z.string(),
      resolved_at: z.string().nullable(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
export const postAdminParkingExceptionsByExceptionIdResolve = z.object({
  id: z.string(),
  status: z.string(),
  gate_command: z.object({ command_id: z.string(), delivered: z.boolean() }).nullable(),
});
export const getAdminParkingLotsByLotIdDailyReport = z.object({
  lot: ParkingLot,
  day: z.string(),
  entries: z.number(),
  exits: z.number(),
  offline_exits: z.number(),
  payments: z.number(),
  fee_collected_fen: z.number().int(),
  coupon_discount_fen: z.number().int(),
  paid_by_drivers_fen: z.number().int(),
  by_channel: z.record(
    z.string(),
    z.object({
      payments: z.number(),
      fee_fen: z.number().int(),
      discount_fen: z.number().int(),
      paid_fen: z.number().int(),
    }),
  ),
  exit_fees_fen: z.number().int(),
  unpaid_sessions: z.number(),
  unpaid_fen: z.number().int(),
  exceptions: z.number(),
});
