// What the parking admin API answers: aliases of the generated API types (api-types.ts). Amounts are
// integer fen; times are RFC 3339; plates arrive masked.
import type { ItemOf, ResponseOf } from '../../api-types';

export type Lot = ItemOf<'getAdminParkingLots'>;
export type Lane = Lot['lanes'][number];
export type Tariff = ItemOf<'getAdminParkingTariffs'>;
export type ParkingSession = ItemOf<'getAdminParkingSessions'>;
export type SessionStatus = ParkingSession['status'];
export type ParkingPayment = ItemOf<'getAdminParkingPayments'>;
export type ParkingException = ItemOf<'getAdminParkingExceptions'>;
export type ExceptionKind = ParkingException['kind'];
export type DailyReport = ResponseOf<'getAdminParkingLotsByLotIdDailyReport'>;
export type ChannelTotals = DailyReport['by_channel'][string];
