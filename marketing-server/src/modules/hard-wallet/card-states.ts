// The life cycle of a hard-wallet card (shared/docs/SPECS.md §B3; the transit-card states E/N/A/T/G/
// K/L/X): which state may follow which. Every change is a conditional UPDATE on the `from` list
// (moveCard in cards.ts), so two admins, the auto-revert job and an offboarding racing on one card
// change it once.
export type CardStatus =
  | 'produced'
  | 'personalized'
  | 'issued'
  | 'bound'
  | 'frozen'
  | 'loss_temp'
  | 'loss_formal'
  | 'replaced'
  | 'cancelled'
  | 'expired';

export type CardTransition =
  /** Keys and caps written to the chip (E 成品卡). */
  | 'personalize'
  /** Sold or handed to a holder, real-name or anonymous (N). */
  | 'issue'
  /** Bound to a soft wallet: loads come from it, unloads and refunds go to it (A). */
  | 'bind'
  | 'unbind'
  | 'freeze'
  | 'unfreeze'
  /** 口头挂失 (K): blacklisted at once, reverts by itself after N hours unless made formal. */
  | 'report_loss_temp'
  | 'revert_loss'
  /** 正式挂失 (L): the confirmed balance will be refunded or moved after the quiet period. */
  | 'report_loss_formal'
  /** 补卡 (T): a new card takes over; the balance moves once the quiet period is over. */
  | 'replace'
  /** 注销 (G): after 圈提 to zero (card present) or the refund of a lost card. */
  | 'cancel'
  | 'expire';

export const CARD_TRANSITIONS: Record<CardTransition, { from: CardStatus[]; to: CardStatus }> = {
  personalize: { from: ['produced'], to: 'personalized' },
  issue: { from: ['personalized'], to: 'issued' },
  bind: { from: ['issued'], to: 'bound' },
  unbind: { from: ['bound'], to: 'issued' },
  freeze: { from: ['bound', 'issued'], to: 'frozen' },
  unfreeze: { from: ['frozen'], to: 'bound' },
  report_loss_temp: { from: ['bound', 'frozen'], to: 'loss_temp' },
  revert_loss: { from: ['loss_temp'], to: 'bound' },
  report_loss_formal: { from: ['bound', 'frozen', 'loss_temp'], to: 'loss_formal' },
  replace: { from: ['loss_formal'], to: 'replaced' },
  cancel: { from: ['issued', 'bound', 'frozen', 'loss_formal'], to: 'cancelled' },
  expire: { from: ['personalized', 'issued', 'bound', 'frozen'], to: 'expired' },
};

/** States in which the card may pay and be loaded. */
export const SPENDABLE: CardStatus[] = ['bound'];
/** States in which offline spends made before the card was stopped are still booked (quiet period). */
export const BOOKS_OPEN: CardStatus[] = [
  'issued',
  'bound',
  'frozen',
  'loss_temp',
  'loss_formal',
  'replaced',
  'cancelled',
];
/** Closed cards: a spend their remaining confirmed balance cannot cover is CARD_CLOSED, not a floor breach. */
export const CLOSED: CardStatus[] = ['replaced', 'cancelled', 'expired'];
