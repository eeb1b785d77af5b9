// Generated from the partner OpenAPI document by `npm run gen:api`. Do not edit.
export interface paths {
  '/api/v1/open/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Campaigns citizens can claim now or soon
     * @description 查询可领取的活动 — OPSYUAN10191000100000001, level A1.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10191000100000001`.
     */
    get: operations['getOpenV1Campaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One campaign as citizens see it
     * @description 查询活动详情 — OPSYUAN10191000100000002, level A1.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10191000100000002`.
     */
    get: operations['getOpenV1CampaignsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/citizens/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Whether a phone and a name are the consenting citizen's (nothing of theirs is returned)
     * @description 核验市民手机号与实名姓名 — OPSYUAN10291000300000002, level A2, acts for a citizen (Apix-Consent-Id + Apix-Second-Factor); personal data: request fields phone, real_name may be sent encrypted.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10291000300000002`.
     */
    post: operations['postOpenV1CitizensVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/claims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim this app issued (another app’s is not found)
     * @description 查询发放记录 — OPSYUAN10291000200000002, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10291000200000002`.
     */
    get: operations['getOpenV1ClaimsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/consents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A consent a citizen gave this app, with whom it is for (personal data, encrypted)
     * @description 查询市民授权（含手机号、姓名） — OPSYUAN10291000300000001, level A2; personal data: answer fields phone, real_name are encrypted with the app's API key (masked without one).
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10291000300000001`.
     */
    get: operations['getOpenV1ConsentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a coupon or red packet of a campaign to the citizen who consented (sandbox: a sandbox claim, no money moves)
     * @description 向市民发放优惠券/红包 — OPSYUAN10291000200000001, level A2, acts for a citizen (Apix-Consent-Id + Apix-Second-Factor).
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10291000200000001`.
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postOpenV1Coupons'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/operations/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The app’s statement of one Beijing day: its orders’ payments and refunds, CSV or JSON lines
     * @description 下载交易对账单 — OPSYUAN10294000100000001, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10294000100000001`.
     */
    get: operations['getOpenV1OperationsStatements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/payment/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a cashier order for a merchant the app is bound to (out_trade_no unique per app)
     * @description 创建收银订单 — OPSYUAN10292000100000001, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10292000100000001`.
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postOpenV1PaymentOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/payment/orders/{out_trade_no}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An order this app created, by its out_trade_no, with its refunds (another app’s is not found)
     * @description 查询收银订单 — OPSYUAN10292000100000002, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10292000100000002`.
     */
    get: operations['getOpenV1PaymentOrdersByOutTradeNo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/payment/orders/{out_trade_no}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund part or all of what was paid (the last refund also takes the subsidy back)
     * @description 申请退款 — OPSYUAN10292000100000003, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10292000100000003`.
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postOpenV1PaymentOrdersByOutTradeNoRefunds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/payment/orders/{out_trade_no}/refunds/{out_refund_no}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One refund of an order this app created (a processing one is asked about first)
     * @description 查询退款 — OPSYUAN10292000100000004, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10292000100000004`.
     */
    get: operations['getOpenV1PaymentOrdersByOutTradeNoRefundsByOutRefundNo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/prepaid/contracts/{contract_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A contract of a merchant the app is bound to, with its write-offs
     * @description 查询预付合约 — OPSYUAN10293000200000002, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10293000200000002`.
     */
    get: operations['getOpenV1PrepaidContractsByContractId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/prepaid/contracts/{contract_id}/write-offs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write off units under the merchant’s sequence number; the consumer’s confirmation releases them
     * @description 登记预付核销 — OPSYUAN10293000200000003, level A2.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10293000200000003`.
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postOpenV1PrepaidContractsByContractIdWriteOffs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/prepaid/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The prepaid products a merchant the app is bound to has on sale
     * @description 查询商户预付产品 — OPSYUAN10193000200000001, level A1.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10193000200000001`.
     */
    get: operations['getOpenV1PrepaidProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/transit/fares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The single-journey fare between two stations by the fare table in force, with its breakdown
     * @description 查询轨道交通票价 — OPSYUAN10193000100000002, level A1.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10193000100000002`.
     */
    get: operations['getOpenV1TransitFares'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open/v1/transit/network': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rail network in force: lines, stations, distances and the fare extremes
     * @description 查询轨道交通线网与站点 — OPSYUAN10193000100000001, level A1.
     *
     *     A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation `OPSYUAN10193000100000001`.
     */
    get: operations['getOpenV1TransitNetwork'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdminClaim: {
      amount_fen: number;
      channel: string | null;
      coupon_code: string | null;
      created_at: string;
      id: string;
      kind: string;
      phone: string | null;
      real_name: string | null;
      status: string;
      user_id: string;
    };
    ApixApp: {
      callback_url: string | null;
      created_at: string;
      id: string;
      ip_allowlist: string[];
      licence_no: string | null;
      name: string;
      org_name: string;
      products: string[];
      rate_limit_per_minute: number | null;
      /** @enum {string} */
      state: 'DRAFT' | 'SANDBOX_ACTIVE' | 'PROD_REVIEW' | 'PROD_ACTIVE' | 'SUSPENDED' | 'RETIRED';
      /** @enum {string} */
      tier: 'sandbox' | 'bronze' | 'silver' | 'gold';
      updated_at: string;
    };
    ApixEnvelope: {
      /** @enum {string} */
      algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
      associated_data: string;
      ciphertext: string;
      nonce: string;
    };
    BillingDayLine: {
      billing_day: string;
      capped_24h: boolean;
      day_fen: number;
      day_units: number;
      fen: number;
      from: string;
      night_capped: boolean;
      night_fen: number;
      night_units: number;
      to: string;
    };
    BoundWallet: {
      as_of: string;
      balance_fen: number;
      /** @constant */
      bound: true;
      card_no_masked: string | null;
      day: string;
      headroom: {
        balance_fen: number;
        daily_payment_fen: number;
        per_payment_fen: number;
        yearly_payment_fen: number;
      } | null;
      limits: {
        balance_fen: number;
        daily_fen: number;
        per_payment_fen: number;
        yearly_fen: number;
      } | null;
      phone_masked: string;
      restricted_balance_fen: number;
      /** @enum {string} */
      status: 'closed' | 'normal' | 'frozen';
      total_balance_fen: number;
      usage: {
        daily_paid_fen: number;
        yearly_paid_fen: number;
      };
      wallet_id_masked: string;
      wallet_level: string;
      wallet_type: string;
    };
    Campaign: {
      claim_end_at: string;
      claim_start_at: string;
      coupon: {
        cap_fen?: number;
        discount_fen?: number;
        merchant_ids: string[];
        merchants: components['schemas']['MerchantRef'][];
        percent_off?: number;
        threshold_fen?: number;
        /** @enum {string} */
        type: 'threshold' | 'instant' | 'percent';
        use_window:
          | {
              end_at: string;
              start_at?: string;
            }
          | {
              days: number;
            };
      } | null;
      description: string | null;
      face_fen: number;
      id: string;
      /** @enum {string} */
      kind: 'red_packet' | 'coupon';
      name: string;
      organizer: string | null;
      per_user: {
        count: number;
        /** @enum {string} */
        period: 'day' | 'week' | 'month' | 'lifetime';
      };
      red_packet:
        | (
            | {
                amount_fen: number;
                merchant_ids?: string[];
                /** @constant */
                mode: 'fixed';
                use_days?: number;
              }
            | {
                count: number;
                merchant_ids?: string[];
                /** @constant */
                mode: 'random';
                use_days?: number;
              }
          )
        | null;
      remaining: number;
      starts_in_s: number;
      /** @enum {string} */
      status: 'upcoming' | 'running' | 'paused' | 'ended' | 'settled';
      stock_total: number;
    };
    CampaignReminder: {
      reminder: {
        /** @enum {string} */
        channel: 'sms' | 'wechat';
        remind_at: string;
        sent_at: string | null;
        sent_channel: ('sms' | 'wechat') | null;
        /** @enum {string} */
        status: 'pending' | 'sending' | 'sent' | 'failed';
      } | null;
      wechat_template_id: string;
    };
    Claim: {
      amount_fen: number;
      awaiting_wallet?: boolean;
      campaign_id: string;
      campaign_name?: string;
      coupon: {
        code: string;
        merchants?: components['schemas']['MerchantRef'][];
        terms?: {
          cap_fen?: number;
          discount_fen?: number;
          merchant_ids: string[];
          percent_off?: number;
          threshold_fen?: number;
          /** @enum {string} */
          type: 'threshold' | 'instant' | 'percent';
        };
        use_end_at: string;
        use_start_at: string;
      } | null;
      created_at: string;
      id: string;
      /** @enum {string} */
      kind: 'red_packet' | 'coupon';
      /** @enum {string} */
      status: 'granted' | 'held' | 'rejected' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';
    };
    ClaimPreview: {
      claimed_in_period: number;
      code: string | null;
      eligible: boolean;
      limit: number;
      period: string;
      reasons: string[];
    };
    DayTicketProducts: {
      fare_version: number;
      items: {
        id: string;
        name: string;
        price_fen: number;
        valid_hours: number;
      }[];
    };
    HardWalletBatch: {
      beg_no: string;
      by_status: {
        [key: string]: number;
      };
      card_count: number;
      cos_version: string;
      created_at: string;
      deposit_fen: number;
      end_no: string;
      id: string;
      issuer: string;
      key_version: number;
      media_type: string;
      valid_until: string;
    };
    HardWalletCard: {
      batch_id: string;
      blacklisted: boolean;
      card_no: string;
      confirmed_balance_fen: number;
      holder_kind: string | null;
      holder_name: string | null;
      id: string;
      issuer: string;
      kyc_level: string;
      last_chip_balance_fen: number;
      location: string;
      location_name: string | null;
      loss_at: string | null;
      media_type: string;
      next_action: string | null;
      offline_counter: number;
      order_in_flight: string | null;
      pending_offline_count: number;
      pending_offline_fen: number;
      quiet_until: string | null;
      replaced_by: string | null;
      soft_wallet_id_masked: string | null;
      status: string;
      subsidy_balance_fen: number;
      updated_at: string | null;
    };
    HardWalletCounterLoadReceipt: {
      amount_fen: number;
      balance_after_fen: number | null;
      branch_name: string;
      card_no: string;
      completed_at: string | null;
      created_at: string;
      deposit_account_masked: string | null;
      /** @enum {string} */
      funding: 'cash' | 'deposit';
      funding_label: string;
      holder_name: string;
      operator_name: string;
      order_id: string;
      status: string;
      status_label: string;
      tac: string | null;
      title: string;
    };
    HardWalletDistribution: {
      beg_no: string;
      created_at: string;
      created_by: string;
      created_by_name: string;
      dispatched_at: string | null;
      dispatched_by: string | null;
      dispatched_by_name: string | null;
      end_no: string;
      from_location: string;
      from_name: string;
      id: string;
      missing_card_nos: string[];
      note: string | null;
      quantity: number;
      received_at: string | null;
      received_by: string | null;
      received_by_name: string | null;
      received_count: number | null;
      resolved_at: string | null;
      resolved_by: string | null;
      resolved_by_name: string | null;
      shortfall: number;
      /** @enum {string} */
      status: 'created' | 'in_transit' | 'received' | 'discrepancy' | 'cancelled';
      to_location: string;
      to_name: string;
    };
    HardWalletException: {
      amount_fen: number;
      card_no: string | null;
      code: string;
      created_at: string;
      decided_by: string | null;
      detail: string;
      id: string;
      offline_counter: number | null;
      proposal: string | null;
      proposed_by: string | null;
      record_id: string | null;
      status: string;
      terminal_seq: number | null;
    };
    HardWalletLocation: {
      created_at: string;
      id: string;
      /** @enum {string} */
      kind: 'warehouse' | 'branch' | 'vending';
      name: string;
      terminal_id: string | null;
    };
    HardWalletOrder: {
      amount_fen: number;
      balance_after_fen: number | null;
      card_id: string;
      created_at: string;
      direction: string;
      error_code: string | null;
      funding: string | null;
      id: string;
      status: string;
      updated_at: string;
    };
    HardWalletTerminal: {
      batch_no: number;
      blacklist_version: number;
      id: string;
      kind: string;
      last_heartbeat_at: string | null;
      last_signed_on_at: string | null;
      merchant_id: string;
      open_alerts: {
        [key: string]: number;
      };
      org_id: string | null;
      param_version: number;
      program_version: string | null;
      seq_contiguous: number;
      status: string;
      store_name: string;
      target_program_version: string | null;
      terminal_no: string;
      unuploaded_count: number;
      whitelist_version: number;
    };
    LiveSession: {
      as_of: string;
      breakdown: components['schemas']['BillingDayLine'][];
      coupons: {
        campaign_name: string;
        claim_id: string;
        coupon_code: string;
        discount_fen: number;
        use_end_at: string;
      }[];
      covered_fen: number;
      discount_fen: number;
      due_fen: number;
      entry_at: string;
      exit_at: string | null;
      exit_offline: boolean;
      fee_fen: number;
      id: string;
      live_fee_fen: number;
      lot: {
        address: string;
        free_exit_minutes: number;
        id: string;
        name: string;
      };
      lot_id: string;
      minutes: number;
      paid_until: string | null;
      plate: string;
      plate_color: string;
      /** @enum {string} */
      status: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
      tariff_name: string;
      /** @enum {string} */
      vehicle_class: 'small' | 'large' | 'new_energy';
    };
    Me: {
      created_at: string;
      id: string;
      id_number: string | null;
      identity_review: {
        id: string;
        message: string;
        /** @enum {string} */
        status: 'pending' | 'resolved';
      } | null;
      phone: string | null;
      real_name: string | null;
      verified: boolean;
      wechat_bound: boolean;
    };
    MerchantRef: {
      id: string;
      name: string;
    };
    OpenCampaign: {
      claim_end_at: string;
      claim_start_at: string;
      face_fen: number;
      id: string;
      /** @enum {string} */
      kind: 'red_packet' | 'coupon';
      name: string;
      remaining: number;
      status: string;
    };
    OpenClaim: {
      amount_fen: number;
      campaign_id: string;
      coupon_code_masked: string | null;
      created_at: string | null;
      id: string;
      /** @enum {string} */
      kind: 'red_packet' | 'coupon';
      status: string;
      use_end_at: string | null;
    };
    OpenPaymentOrder: {
      amount_fen: number;
      channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
      created_at: string | null;
      description: string;
      discount_fen: number;
      expires_at: string | null;
      merchant_id: string;
      order_id: string;
      out_trade_no: string;
      paid_at: string | null;
      paid_fen: number;
      refunded_fen: number;
      refunds: {
        amount_fen: number;
        /** @enum {string} */
        channel: 'ecny' | 'wechat' | 'alipay' | 'card';
        completed_at: string | null;
        created_at: string | null;
        discount_fen: number;
        error_code: string | null;
        out_refund_no: string;
        refund_id: string;
        /** @enum {string} */
        status: 'processing' | 'succeeded' | 'failed';
      }[];
      /** @enum {string} */
      status: 'created' | 'paying' | 'paid' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
    };
    OpenPaymentOrderCreated: {
      amount_fen: number;
      channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
      created_at: string | null;
      description: string;
      discount_fen: number;
      expires_at: string | null;
      merchant_id: string;
      order_id: string;
      out_trade_no: string;
      paid_at: string | null;
      paid_fen: number;
      pay_url: string;
      refunded_fen: number;
      /** @enum {string} */
      status: 'created' | 'paying' | 'paid' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
    };
    OpenPaymentRefund: {
      amount_fen: number;
      /** @enum {string} */
      channel: 'ecny' | 'wechat' | 'alipay' | 'card';
      completed_at: string | null;
      created_at: string | null;
      discount_fen: number;
      error_code: string | null;
      out_refund_no: string;
      out_trade_no: string;
      refund_id: string;
      /** @enum {string} */
      status: 'processing' | 'succeeded' | 'failed';
    };
    OpenPrepaidContract: {
      contract: {
        auto_refund_at: string | null;
        cashier_order_id: string | null;
        cooling_off_seconds_left: number;
        cooling_off_until: string | null;
        created_at: string | null;
        ends_at: string | null;
        frozen_at: string | null;
        id: string;
        /** @enum {string} */
        kind: 'class_pack' | 'membership' | 'stored_value';
        merchant_id: string;
        merchant_name: string;
        paid_fen: number;
        product_id: string;
        product_name: string;
        refund_reason: string | null;
        refunded_fen: number;
        refunding_fen: number;
        released_fen: number;
        releasing_fen: number;
        remaining_units: number;
        remaining_value_fen: number;
        retained_fen: number;
        starts_at: string | null;
        status: string;
        status_label: string;
        terms: string;
        total_units: number;
        used_units: number;
      };
      write_offs: {
        amount_fen: number;
        confirm_due_at: string | null;
        confirmed_by: string | null;
        contract_id: string;
        created_at: string | null;
        decided_at: string | null;
        id: string;
        seq: number;
        /** @enum {string} */
        status: 'pending_confirm' | 'confirmed' | 'released' | 'rejected' | 'release_failed' | 'voided';
        units: number;
      }[];
    };
    OpenPrepaidProducts: {
      items: {
        created_at: string | null;
        duration_days: number;
        gift_fen: number;
        id: string;
        /** @enum {string} */
        kind: 'class_pack' | 'membership' | 'stored_value';
        merchant_id: string;
        merchant_name?: string;
        name: string;
        price_fen: number;
        /** @enum {string} */
        status: 'active' | 'retired';
        terms: string;
        total_units: number;
        unit_price_fen: number;
      }[];
    };
    OpenPrepaidWriteOff: {
      created: boolean;
      write_off: {
        amount_fen: number;
        confirm_due_at: string | null;
        confirmed_by: string | null;
        contract_id: string;
        created_at: string | null;
        decided_at: string | null;
        id: string;
        seq: number;
        /** @enum {string} */
        status: 'pending_confirm' | 'confirmed' | 'released' | 'rejected' | 'release_failed' | 'voided';
        units: number;
      };
    };
    OpenStatement: {
      bill_date: string;
      content: string;
      count: number;
      /** @enum {string} */
      format: 'csv' | 'jsonl';
      paid_fen_total: number;
      refunded_fen_total: number;
      sha256: string;
    };
    ParkingLane: {
      /** @enum {string} */
      direction: 'entry' | 'exit';
      id: string;
      lot_id: string;
      name: string;
    };
    ParkingLot: {
      address: string;
      free_exit_minutes: number;
      id: string;
      merchant_id: string;
      name: string;
      tariff_id: string;
    };
    ParkingPayment: {
      /** @enum {string} */
      channel: 'app' | 'seamless';
      completed_at: string | null;
      created_at: string;
      discount_fen: number;
      due_fen: number;
      error_code: string | null;
      id: string;
      lot_id: string;
      payable_fen: number;
      priced_until: string | null;
      session_id: string;
      /** @enum {string} */
      status: 'failed' | 'processing' | 'succeeded';
    };
    ParkingPayResult: {
      payment: components['schemas']['ParkingPayment'];
      session: {
        covered_fen: number;
        id: string;
        paid_until: string | null;
        /** @enum {string} */
        status: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
      };
    };
    ParkingPlate: {
      agreement_no: string | null;
      agreement_signed_at: string | null;
      id: string;
      plate: string;
      /** @enum {string} */
      plate_color: 'blue' | 'green' | 'yellow' | 'white' | 'black';
      seamless: boolean;
      vehicle_class: string;
      /** @enum {string} */
      verification: 'verified' | 'unverified';
      verified_at: string | null;
    };
    ParkingReceipt: {
      bank_trade_no: string | null;
      breakdown: components['schemas']['BillingDayLine'][];
      /** @enum {string} */
      channel: 'app' | 'seamless';
      completed_at: string | null;
      coupon_campaign: string | null;
      created_at: string;
      discount_fen: number;
      due_fen: number;
      entry_at: string;
      error_code: string | null;
      exit_at: string | null;
      free_exit_until: string | null;
      id: string;
      lot: {
        address: string;
        name: string;
      };
      lot_id: string;
      minutes: number;
      note: string;
      payable_fen: number;
      plate: string;
      priced_until: string | null;
      receipt_no: string;
      seller: string;
      session_id: string;
      /** @enum {string} */
      status: 'failed' | 'processing' | 'succeeded';
      tariff_name: string;
      title: string;
    };
    ParkOrg: {
      canteen_merchant_ids: string[];
      created_at: string;
      departments: {
        active_staff: number;
        id: string;
        name: string;
      }[];
      fund_balance_fen: number;
      id: string;
      name: string;
      whitelist_version: number;
    };
    ParkStaff: {
      card_id: string | null;
      card_no: string | null;
      card_status: string | null;
      created_at: string;
      department_id: string;
      id: string;
      name_masked: string;
      offboarded_at: string | null;
      org_id: string;
      status: string;
      subsidy_balance_fen: number;
      wallet_balance_fen: number;
    };
    ParkSubsidyRun: {
      amount_per_staff_fen: number;
      approved_by: string | null;
      created_at: string;
      created_by: string;
      id: string;
      month: string;
      org_id: string;
      return_rule: string;
      returned_fen: number;
      status: string;
      total_fen: number;
      windows: {
        end: string;
        start: string;
      }[];
    };
    PaymentPinStatus: {
      locked_until: string | null;
      pin_free_limit_fen: number;
      remaining_attempts: number;
      set: boolean;
    };
    Settlement: {
      amount_fen: number;
      bill_date: string;
      created_at: string;
      id: string;
      lines: {
        amount_fen: number;
        campaign_id: string | null;
      }[];
      merchant_id: string;
      note: string | null;
      out_trade_no: string | null;
      status: string;
      updated_at: string | null;
    };
    Wallet:
      | {
          /** @constant */
          bound: false;
        }
      | components['schemas']['BoundWallet'];
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getOpenV1Campaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OpenCampaign'][];
          };
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1CampaignsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenCampaign'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  postOpenV1CitizensVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          phone?: string | components['schemas']['ApixEnvelope'];
          real_name?: string | components['schemas']['ApixEnvelope'];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            phone_match: boolean | null;
            real_name_match: boolean | null;
          };
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1ClaimsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenClaim'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1ConsentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            granted_at: string;
            id: string;
            operations: string[];
            phone: (string | components['schemas']['ApixEnvelope']) | null;
            real_name: (string | components['schemas']['ApixEnvelope']) | null;
            revoked_at: string | null;
          };
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  postOpenV1Coupons: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          campaign_id: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenClaim'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1OperationsStatements: {
    parameters: {
      query: {
        /** @description Filter or page: date */
        date: string;
        /** @description Filter or page: format */
        format?: 'csv' | 'jsonl';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenStatement'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  postOpenV1PaymentOrders: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          description?: string;
          merchant_id: string;
          out_trade_no: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPaymentOrderCreated'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1PaymentOrdersByOutTradeNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The out trade no */
        out_trade_no: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPaymentOrder'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  postOpenV1PaymentOrdersByOutTradeNoRefunds: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The out trade no */
        out_trade_no: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          out_refund_no: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPaymentRefund'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1PaymentOrdersByOutTradeNoRefundsByOutRefundNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The out refund no */
        out_refund_no: string;
        /** @description The out trade no */
        out_trade_no: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPaymentRefund'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1PrepaidContractsByContractId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The contract id */
        contract_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPrepaidContract'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  postOpenV1PrepaidContractsByContractIdWriteOffs: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The contract id */
        contract_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          seq: number;
          units: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPrepaidWriteOff'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1PrepaidProducts: {
    parameters: {
      query: {
        /** @description Filter or page: merchant_id */
        merchant_id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPrepaidProducts'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1TransitFares: {
    parameters: {
      query: {
        /** @description Filter or page: from */
        from: string;
        /** @description Filter or page: rider_category */
        rider_category?: string;
        /** @description Filter or page: to */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            breakdown: {
              amount_fen: number;
              code: string;
              label: string;
            }[];
            day_ticket_applied: boolean;
            distance_m: number | null;
            fare_fen: number;
            fare_version: number;
            full_fare_fen: number;
            rule: string;
          };
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
  getOpenV1TransitNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            area_max_fen: {
              [key: string]: number;
            };
            area_min_fen: {
              [key: string]: number;
            };
            fare_version: number;
            hash: string;
            lines: {
              area: string;
              id: string;
              kind: string;
              length_m: number;
              name: string;
              operator_merchant_id: string;
              stations: string[];
            }[];
            name: string;
            rules: {
              [key: string]: unknown;
            };
            stations: {
              area: string;
              id: string;
              kind: string;
              lines: string[];
              name: string;
            }[];
          };
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED */
            code: string;
            /** @description Field issues of a 400, or facts about a refusal */
            details?: unknown;
            /** @description For people (Chinese); 5xx details stay in the log */
            message: string;
            /** @description Quote it when asking about this request */
            request_id: string;
          };
        };
      };
    };
  };
}
