// Generated from the server's OpenAPI document by `npm run gen:api` (openapi-typescript). Do not edit:
// change the route's zod schemas in marketing-server and regenerate.
export interface paths {
  '/api/v1/admin/access/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every permission (an admin operation), grouped by tag, with the built-in roles that hold it
     * @description Every permission (an admin operation), grouped by tag, with the built-in roles that hold it.
     *
     *     Admin roles that grant `GET /admin/access/permissions`: admin (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAccessPermissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proposed user and role changes
     * @description Proposed user and role changes.
     *
     *     Admin roles that grant `GET /admin/access/proposals`: admin (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAccessProposals'];
    put?: never;
    /**
     * Propose a user or role change (applied only when another user administrator approves it)
     * @description Propose a user or role change (applied only when another user administrator approves it).
     *
     *     Admin roles that grant `POST /admin/access/proposals`: admin (built-in; custom roles may grant it too).
     */
    post: operations['postAdminAccessProposals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/proposals/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve and apply a proposed change
     * @description Approve and apply a proposed change.
     *
     *     Admin roles that grant `POST /admin/access/proposals/{id}/approve`: admin (built-in; custom roles may grant it too).
     */
    post: operations['postAdminAccessProposalsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/proposals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a proposed change
     * @description Reject a proposed change.
     *
     *     Admin roles that grant `POST /admin/access/proposals/{id}/reject`: admin (built-in; custom roles may grant it too).
     */
    post: operations['postAdminAccessProposalsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Roles (built-in and custom) with their permissions
     * @description Roles (built-in and custom) with their permissions.
     *
     *     Admin roles that grant `GET /admin/access/roles`: admin (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAccessRoles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/sod-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Separation-of-duties rules: permissions no two roles of one user may split
     * @description Separation-of-duties rules: permissions no two roles of one user may split.
     *
     *     Admin roles that grant `GET /admin/access/sod-rules`: admin (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAccessSodRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/access/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Admin users with their roles
     * @description Admin users with their roles.
     *
     *     Admin roles that grant `GET /admin/access/users`: admin (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAccessUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/analytics/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dashboard figures for a CST date range: per-day claims, redemptions, views, risk; funnel; by merchant
     * @description Dashboard figures for a CST date range: per-day claims, redemptions, views, risk; funnel; by merchant.
     *
     *     Admin roles that grant `GET /admin/analytics/overview`: campaign_manager, approver, funder, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAnalyticsOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Partner apps
     * @description Partner apps.
     *
     *     Admin roles that grant `GET /admin/apix/apps`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixApps'];
    put?: never;
    /**
     * Register a partner app (DRAFT)
     * @description Register a partner app (DRAFT).
     *
     *     Admin roles that grant `POST /admin/apix/apps`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixApps'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One partner app with its credentials
     * @description One partner app with its credentials.
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hash-chained admin actions on the app, with the chain check
     * @description Hash-chained admin actions on the app, with the chain check.
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}/actions`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsByIdActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/api-keys/{serial}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Show a production API key once (made when the approver applied the change)
     * @description Show a production API key once (made when the approver applied the change).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/api-keys/{serial}/reveal`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdApiKeysBySerialReveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose resuming or retiring the app, a new production key, a new production API key, or binding a merchant to it
     * @description Propose resuming or retiring the app, a new production key, a new production API key, or binding a merchant to it.
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/changes`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdChanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook deliveries of the app (newest first)
     * @description Webhook deliveries of the app (newest first).
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}/deliveries`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsByIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/deliveries/{delivery_id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a delivery again (same event id)
     * @description Send a delivery again (same event id).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/deliveries/{delivery_id}/resend`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdDeliveriesByDeliveryIdResend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook endpoints of the app
     * @description Webhook endpoints of the app.
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}/endpoints`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsByIdEndpoints'];
    put?: never;
    /**
     * Subscribe an endpoint to event types (its secret is shown once)
     * @description Subscribe an endpoint to event types (its secret is shown once).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/endpoints`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdEndpoints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/endpoints/{endpoint_id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a disabled endpoint again
     * @description Enable a disabled endpoint again.
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/endpoints/{endpoint_id}/enable`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdEndpointsByEndpointIdEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/keys/{serial}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a key at once
     * @description Revoke a key at once.
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/keys/{serial}/revocation`: registrar, approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdKeysBySerialRevocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/merchants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The merchants the app may act for (bindings set by approved apix.merchant changes)
     * @description The merchants the app may act for (bindings set by approved apix.merchant changes).
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}/merchants`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsByIdMerchants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/production-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for production (PROD_REVIEW): licence, IP allowlist, public key, callback
     * @description Ask for production (PROD_REVIEW): licence, IP allowlist, public key, callback.
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/production-requests`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdProductionRequests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the app's tier and an optional per-minute limit
     * @description Set the app's tier and an optional per-minute limit.
     *
     *     Admin roles that grant `PUT /admin/apix/apps/{id}/quota`: approver (built-in; custom roles may grant it too).
     */
    put: operations['putAdminApixAppsByIdQuota'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/quota-usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Calls in the last hour by operation and verdict
     * @description Calls in the last hour by operation and verdict.
     *
     *     Admin roles that grant `GET /admin/apix/apps/{id}/quota-usage`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixAppsByIdQuotaUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/sandbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Activate the sandbox: credentials at once (shown once)
     * @description Activate the sandbox: credentials at once (shown once).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/sandbox`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdSandbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/sandbox-api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new sandbox API key for field encryption (shown once; at most two active)
     * @description A new sandbox API key for field encryption (shown once; at most two active).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/sandbox-api-keys`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdSandboxApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/sandbox-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a sandbox public key (at most two active per algorithm)
     * @description Add a sandbox public key (at most two active per algorithm).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/sandbox-keys`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdSandboxKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/apps/{id}/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend a production app at once (resuming needs a second person)
     * @description Suspend a production app at once (resuming needs a second person).
     *
     *     Admin roles that grant `POST /admin/apix/apps/{id}/suspension`: approver, registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixAppsByIdSuspension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Partner API calls (masked parameters, signature verdict)
     * @description Partner API calls (masked parameters, signature verdict).
     *
     *     Admin roles that grant `GET /admin/apix/calls`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/catalogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The APIX product catalogue
     * @description The APIX product catalogue.
     *
     *     Admin roles that grant `GET /admin/apix/catalogue`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixCatalogue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pending and decided app changes
     * @description Pending and decided app changes.
     *
     *     Admin roles that grant `GET /admin/apix/changes`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/changes/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject an app change (not its proposer)
     * @description Approve or reject an app change (not its proposer).
     *
     *     Admin roles that grant `POST /admin/apix/changes/{id}/decision`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixChangesByIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/partner-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a partner user of an organisation (logs into the developer portal)
     * @description Register a partner user of an organisation (logs into the developer portal).
     *
     *     Admin roles that grant `POST /admin/apix/partner-users`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixPartnerUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/platform-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The platform's SM2 public key that signs responses and webhooks
     * @description The platform's SM2 public key that signs responses and webhooks.
     *
     *     Admin roles that grant `GET /admin/apix/platform-key`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminApixPlatformKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/apix/signature-debugger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The string the server signs for a request, and whether a signature matches
     * @description The string the server signs for a request, and whether a signature matches.
     *
     *     Admin roles that grant `POST /admin/apix/signature-debugger`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    post: operations['postAdminApixSignatureDebugger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit-logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit trail: who did what, when, and what changed
     * @description Audit trail: who did what, when, and what changed.
     *
     *     Admin roles that grant `GET /admin/audit-logs`: auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAuditLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit-logs/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit trail as CSV (streamed, masked for the caller, audited)
     * @description Audit trail as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/audit-logs/export`: auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminAuditLogsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Admin login with username and password
     * @description Admin login with username and password.
     *
     *     Open to anyone (no login).
     */
    post: operations['postAdminAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session: its tokens stop working at once
     * @description End the session: its tokens stop working at once.
     *
     *     Any admin session.
     */
    post: operations['postAdminAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The logged-in admin user with their current roles and permissions
     * @description The logged-in admin user with their current roles and permissions.
     *
     *     Any admin session.
     */
    get: operations['getAdminAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A fresh short-lived token for the same (still live) session
     * @description A fresh short-lived token for the same (still live) session.
     *
     *     Any admin session.
     */
    post: operations['postAdminAuthRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/bank-orders/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bank answers that contradict an order closed on our side (a late SUCCESS after failed)
     * @description Bank answers that contradict an order closed on our side (a late SUCCESS after failed).
     *
     *     Admin roles that grant `GET /admin/bank-orders/exceptions`: funder, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminBankOrdersExceptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/bank-orders/exceptions/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record how a person resolved a contradiction (refund booked, adjustment made)
     * @description Record how a person resolved a contradiction (refund booked, adjustment made).
     *
     *     Admin roles that grant `POST /admin/bank-orders/exceptions/{id}/resolve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminBankOrdersExceptionsByIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List campaigns (cursor-paginated)
     * @description List campaigns (cursor-paginated).
     *
     *     Admin roles that grant `GET /admin/campaigns`: campaign_manager, approver, funder, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaigns'];
    put?: never;
    /**
     * Create a campaign draft
     * @description Create a campaign draft.
     *
     *     Admin roles that grant `POST /admin/campaigns`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaigns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One campaign with live stock figures
     * @description One campaign with live stock figures.
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}`: campaign_manager, approver, funder, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a draft (each edit is a new version)
     * @description Edit a draft (each edit is a new version).
     *
     *     Admin roles that grant `PATCH /admin/campaigns/{id}`: campaign_manager (built-in; custom roles may grant it too).
     */
    patch: operations['patchAdminCampaignsById'];
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve: reserve the budget and pre-split the stock (checker ≠ maker)
     * @description Approve: reserve the budget and pre-split the stock (checker ≠ maker).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/approve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims of a campaign (personal data and coupon codes masked)
     * @description Claims of a campaign (personal data and coupon codes masked).
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/claims`: campaign_manager, approver, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/claims/{claim_id}/unmask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One claim with the claimant's personal data in clear, for a stated reason (audited)
     * @description One claim with the claimant's personal data in clear, for a stated reason (audited).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/claims/{claim_id}/unmask`: auditor (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdClaimsByClaimIdUnmask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/claims/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims of a campaign as CSV (streamed, masked for the caller, audited)
     * @description Claims of a campaign as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/claims/export`: campaign_manager, approver, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdClaimsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Submissions, approvals and rejections of a campaign, with the reasons and who decided
     * @description Submissions, approvals and rejections of a campaign, with the reasons and who decided.
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/decisions`: campaign_manager, approver, funder, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause claims
     * @description Pause claims.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/pause`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject with a comment
     * @description Reject with a comment.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/reject`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume claims
     * @description Resume claims.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/resume`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdResume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a rejected campaign back to draft
     * @description Take a rejected campaign back to draft.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/revise`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRevise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Versions of a campaign's risk policy
     * @description Versions of a campaign's risk policy.
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/risk-policies`: campaign_manager, approver, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdRiskPolicies'];
    put?: never;
    /**
     * Create a draft risk policy version
     * @description Create a draft risk policy version.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies`: campaign_manager, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPolicies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve: the version becomes active (checker ≠ maker) (risk policy)
     * @description Approve: the version becomes active (checker ≠ maker) (risk policy).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/approve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a submitted version (risk policy)
     * @description Reject a submitted version (risk policy).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/reject`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make an earlier (superseded) version active again (risk policy)
     * @description Make an earlier (superseded) version active again (risk policy).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/rollback`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionRollback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/shadow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a draft beside the live version, recording only (risk policy)
     * @description Run a draft beside the live version, recording only (risk policy).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/shadow`: campaign_manager, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionShadow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Simulate a risk policy version against the last N claims
     * @description Simulate a risk policy version against the last N claims.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/simulate`: campaign_manager, approver, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionSimulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/risk-policies/{version}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit an eligibility rule set version for approval (risk policy)
     * @description Submit an eligibility rule set version for approval (risk policy).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/risk-policies/{version}/submit`: campaign_manager, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRiskPoliciesByVersionSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Versions of a campaign's eligibility rule set
     * @description Versions of a campaign's eligibility rule set.
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/rule-sets`: campaign_manager, approver, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdRuleSets'];
    put?: never;
    /**
     * Create a draft eligibility rule set version
     * @description Create a draft eligibility rule set version.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets/{version}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve: the version becomes active (checker ≠ maker) (eligibility rule set)
     * @description Approve: the version becomes active (checker ≠ maker) (eligibility rule set).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets/{version}/approve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSetsByVersionApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets/{version}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a submitted version (eligibility rule set)
     * @description Reject a submitted version (eligibility rule set).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets/{version}/reject`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSetsByVersionReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets/{version}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make an earlier (superseded) version active again (eligibility rule set)
     * @description Make an earlier (superseded) version active again (eligibility rule set).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets/{version}/rollback`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSetsByVersionRollback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets/{version}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Simulate a eligibility rule set version against the last N claims
     * @description Simulate a eligibility rule set version against the last N claims.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets/{version}/simulate`: campaign_manager, approver, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSetsByVersionSimulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/rule-sets/{version}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit an eligibility rule set version for approval (eligibility rule set)
     * @description Submit an eligibility rule set version for approval (eligibility rule set).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/rule-sets/{version}/submit`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdRuleSetsByVersionSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop the campaign early
     * @description Stop the campaign early.
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/stop`: campaign_manager, approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdStop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a draft for approval (maker)
     * @description Submit a draft for approval (maker).
     *
     *     Admin roles that grant `POST /admin/campaigns/{id}/submit`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCampaignsByIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/campaigns/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Versions of a campaign with what changed
     * @description Versions of a campaign with what changed.
     *
     *     Admin roles that grant `GET /admin/campaigns/{id}/versions`: campaign_manager, approver, funder, auditor, risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCampaignsByIdVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/all-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cashier orders of every merchant (filters: merchant, status, channel, created from/to)
     * @description Cashier orders of every merchant (filters: merchant, status, channel, created from/to).
     *
     *     Admin roles that grant `GET /admin/cashier/all-orders`: auditor, approver, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCashierAllOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Till: the merchant's own cashier orders (filters: status, channel, created from/to)
     * @description Till: the merchant's own cashier orders (filters: status, channel, created from/to).
     *
     *     Admin roles that grant `GET /admin/cashier/orders`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCashierOrders'];
    put?: never;
    /**
     * Till: create an order under the merchant's out_trade_no (same key + same body = the same order) → a dynamic QR payload
     * @description Till: create an order under the merchant's out_trade_no (same key + same body = the same order) → a dynamic QR payload.
     *
     *     Admin roles that grant `POST /admin/cashier/orders`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/orders/{order_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Till: one order with its payment attempts and refunds
     * @description Till: one order with its payment attempts and refunds.
     *
     *     Admin roles that grant `GET /admin/cashier/orders/{order_id}`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCashierOrdersByOrderId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/orders/{order_id}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Till: refund part or all of what the customer paid (keyed by out_refund_no); the full refund also takes the subsidy back (409 REDEMPTION_SETTLED once settled)
     * @description Till: refund part or all of what the customer paid (keyed by out_refund_no); the full refund also takes the subsidy back (409 REDEMPTION_SETTLED once settled).
     *
     *     Admin roles that grant `POST /admin/cashier/orders/{order_id}/refunds`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierOrdersByOrderIdRefunds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/orders/{order_id}/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Till: scan the customer's payment code (WeChat 10–15…, Alipay 25–30…) or take a card token; 202 while the payer confirms (USERPAYING)
     * @description Till: scan the customer's payment code (WeChat 10–15…, Alipay 25–30…) or take a card token; 202 while the payer confirms (USERPAYING).
     *
     *     Admin roles that grant `POST /admin/cashier/orders/{order_id}/scan`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierOrdersByOrderIdScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/reconciliation/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per-channel reconciliation reports
     * @description Per-channel reconciliation reports.
     *
     *     Admin roles that grant `GET /admin/cashier/reconciliation/reports`: auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCashierReconciliationReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/reconciliation/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reconcile one channel's bill for CST day D three ways (bill, orders, ledger)
     * @description Reconcile one channel's bill for CST day D three ways (bill, orders, ledger).
     *
     *     Admin roles that grant `POST /admin/cashier/reconciliation/runs`: auditor, funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierReconciliationRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Till: add a store
     * @description Till: add a store.
     *
     *     Admin roles that grant `POST /admin/cashier/stores`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierStores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/stores/{store_id}/tills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Till: add a till to a store
     * @description Till: add a till to a store.
     *
     *     Admin roles that grant `POST /admin/cashier/stores/{store_id}/tills`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminCashierStoresByStoreIdTills'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cashier/tills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Till: the merchant's stores and tills
     * @description Till: the merchant's stores and tills.
     *
     *     Admin roles that grant `GET /admin/cashier/tills`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminCashierTills'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/deposits/statement-matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm pending deposits whose credit is on the bank's statement of a CST day
     * @description A CREDIT row into the platform institutional wallet quoting the deposit reference, for exactly its amount, confirms the deposit (once per credit).
     *
     *     Admin roles that grant `POST /admin/deposits/statement-matches`: funder, auditor (built-in; custom roles may grant it too).
     */
    post: operations['postAdminDepositsStatementMatches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/exchanges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Exchanges (兑出/兑回) with their core and operator states
     * @description Exchanges (兑出/兑回) with their core and operator states.
     *
     *     Admin roles that grant `GET /admin/ecny/exchanges`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminEcnyExchanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The day’s 711/713 totals of every operator against the platform’s exchanges (CST day)
     * @description The day’s 711/713 totals of every operator against the platform’s exchanges (CST day).
     *
     *     Admin roles that grant `GET /admin/ecny/reconciliation`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminEcnyReconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/sub-wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sub-wallets pushed to merchants/apps (masked ids, no holder)
     * @description Sub-wallets pushed to merchants/apps (masked ids, no holder).
     *
     *     Admin roles that grant `GET /admin/ecny/sub-wallets`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminEcnySubWallets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Wallets of the institution’s customers (masked)
     * @description Wallets of the institution’s customers (masked).
     *
     *     Admin roles that grant `GET /admin/ecny/wallets`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminEcnyWallets'];
    put?: never;
    /**
     * Open a corporate wallet (WT09) linked to the business customer’s deposit account
     * @description Open a corporate wallet (WT09) linked to the business customer’s deposit account.
     *
     *     Admin roles that grant `POST /admin/ecny/wallets`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminEcnyWallets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 注销（余额须为零） a customer's wallet at its operator (audited)
     * @description 注销（余额须为零） a customer's wallet at its operator (audited).
     *
     *     Admin roles that grant `POST /admin/ecny/wallets/{id}/close`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminEcnyWalletsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets/{id}/exchanges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 兑出/兑回 for a corporate wallet, on the officer’s instruction
     * @description 兑出/兑回 for a corporate wallet, on the officer’s instruction.
     *
     *     Admin roles that grant `POST /admin/ecny/wallets/{id}/exchanges`: ecny_officer (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminEcnyWalletsByIdExchanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets/{id}/freeze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 冻结 a customer's wallet at its operator (audited)
     * @description 冻结 a customer's wallet at its operator (audited).
     *
     *     Admin roles that grant `POST /admin/ecny/wallets/{id}/freeze`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminEcnyWalletsByIdFreeze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets/{id}/interest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A wallet’s daily interest accruals (newest 120 days) and its quarterly payments
     * @description A wallet’s daily interest accruals (newest 120 days) and its quarterly payments.
     *
     *     Admin roles that grant `GET /admin/ecny/wallets/{id}/interest`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminEcnyWalletsByIdInterest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ecny/wallets/{id}/unfreeze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 解冻 a customer's wallet at its operator (audited)
     * @description 解冻 a customer's wallet at its operator (audited).
     *
     *     Admin roles that grant `POST /admin/ecny/wallets/{id}/unfreeze`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminEcnyWalletsByIdUnfreeze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Funders with their available balance
     * @description Funders with their available balance.
     *
     *     Admin roles that grant `GET /admin/funders`: funder, campaign_manager, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminFunders'];
    put?: never;
    /**
     * Register a funder (agency, bank or merchant)
     * @description Register a funder (agency, bank or merchant).
     *
     *     Admin roles that grant `POST /admin/funders`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminFunders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One funder
     * @description One funder.
     *
     *     Admin roles that grant `GET /admin/funders/{id}`: funder, campaign_manager, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminFundersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}/deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deposits of a funder with their status (pending, confirmed, rejected)
     * @description Deposits of a funder with their status (pending, confirmed, rejected).
     *
     *     Admin roles that grant `GET /admin/funders/{id}/deposits`: funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminFundersByIdDeposits'];
    put?: never;
    /**
     * Record a deposit received from a funder (pending until someone else confirms it)
     * @description Record a deposit received from a funder (pending until someone else confirms it).
     *
     *     Admin roles that grant `POST /admin/funders/{id}/deposits`: funder (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminFundersByIdDeposits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}/deposits/{deposit_id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a pending deposit against the bank statement: posts world → funder (not by its recorder)
     * @description Confirm a pending deposit against the bank statement: posts world → funder (not by its recorder).
     *
     *     Admin roles that grant `POST /admin/funders/{id}/deposits/{deposit_id}/confirm`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminFundersByIdDepositsByDepositIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}/deposits/{deposit_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a pending deposit with a reason: nothing is posted (not by its recorder)
     * @description Reject a pending deposit with a reason: nothing is posted (not by its recorder).
     *
     *     Admin roles that grant `POST /admin/funders/{id}/deposits/{deposit_id}/reject`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminFundersByIdDepositsByDepositIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}/deposits/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deposits of a funder as CSV (streamed, masked for the caller, audited)
     * @description Deposits of a funder as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/funders/{id}/deposits/export`: funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminFundersByIdDepositsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/funders/{id}/wallet-deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fund a merchant funder from the merchant's own wallet: a bank order whose final state confirms or rejects the deposit
     * @description Fund a merchant funder from the merchant's own wallet: a bank order whose final state confirms or rejects the deposit.
     *
     *     Admin roles that grant `POST /admin/funders/{id}/wallet-deposits`: funder (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminFundersByIdWalletDeposits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Terminal alerts (offline, sequence gaps)
     * @description Terminal alerts (offline, sequence gaps).
     *
     *     Admin roles that grant `GET /admin/hard-wallet/alerts`: registrar, ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Card production batches
     * @description Card production batches.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/batches`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletBatches'];
    put?: never;
    /**
     * Order a production batch (number range, chip OS, key version)
     * @description Order a production batch (number range, chip OS, key version).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/batches`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletBatches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/batches/{id}/personalize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Personalise a batch (keys and caps written to the chips)
     * @description Personalise a batch (keys and caps written to the chips).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/batches/{id}/personalize`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletBatchesByIdPersonalize'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/blacklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cards on the blacklist pushed to terminals, with its version
     * @description Cards on the blacklist pushed to terminals, with its version.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/blacklist`: ecny_officer, auditor, registrar (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletBlacklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cards (holder data masked)
     * @description Cards (holder data masked).
     *
     *     Admin roles that grant `GET /admin/hard-wallet/cards`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletCards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/bind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bind an issued card to a soft wallet
     * @description Bind an issued card to a soft wallet.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/bind`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdBind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a card present at the counter (unloaded to its soft wallet first)
     * @description Cancel a card present at the counter (unloaded to its soft wallet first).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/cancel`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/counter-loads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Load a card at a branch counter from cash or the holder's deposit account (a bank order)
     * @description Load a card at a branch counter from cash or the holder's deposit account (a bank order).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/counter-loads`: ecny_officer (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminHardWalletCardsByIdCounterLoads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/freeze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Freeze or unfreeze a card
     * @description Freeze or unfreeze a card.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/freeze`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdFreeze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/loss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a card lost (temporary or formal): blacklisted and off the doors at once
     * @description Report a card lost (temporary or formal): blacklisted and off the doors at once.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/loss`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdLoss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/loss/revert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The holder found the card: a temporary loss is lifted
     * @description The holder found the card: a temporary loss is lifted.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/loss/revert`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdLossRevert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A card's loads and unloads
     * @description A card's loads and unloads.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/cards/{id}/orders`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletCardsByIdOrders'];
    put?: never;
    /**
     * Load (圈存) or unload (圈提) a card at the counter (a bank order)
     * @description Load (圈存) or unload (圈提) a card at the counter (a bank order).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/orders`: ecny_officer (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminHardWalletCardsByIdOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/refund/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retry a closing card's refund or transfer the bank refused (held until then); a refund may go to another of the holder's soft wallets
     * @description Retry a closing card's refund or transfer the bank refused (held until then); a refund may go to another of the holder's soft wallets.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/refund/retry`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdRefundRetry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/{id}/replace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace a formally lost card (the confirmed balance follows after the quiet period)
     * @description Replace a formally lost card (the confirmed balance follows after the quiet period).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/{id}/replace`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsByIdReplace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/cards/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a card to a holder (real-name or anonymous), bound if a soft wallet is given
     * @description Issue a card to a holder (real-name or anonymous), bound if a soft wallet is given.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/cards/issue`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletCardsIssue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/counter-loads/{id}/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The receipt of a counter load (branch, officer, amount, funding, balance after, TAC)
     * @description The receipt of a counter load (branch, officer, amount, funding, balance after, TAC).
     *
     *     Admin roles that grant `GET /admin/hard-wallet/counter-loads/{id}/receipt`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletCounterLoadsByIdReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/distributions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Distribution orders of blank cards (newest first)
     * @description Distribution orders of blank cards (newest first).
     *
     *     Admin roles that grant `GET /admin/hard-wallet/distributions`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletDistributions'];
    put?: never;
    /**
     * Order blank cards moved between locations (a number range, or a quantity lowest numbers first)
     * @description Order blank cards moved between locations (a number range, or a quantity lowest numbers first).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/distributions`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletDistributions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/distributions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a distribution order not dispatched yet (its cards are free again)
     * @description Cancel a distribution order not dispatched yet (its cards are free again).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/distributions/{id}/cancel`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletDistributionsByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/distributions/{id}/dispatch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dispatch a distribution order (another officer than its maker): its cards go in transit
     * @description Dispatch a distribution order (another officer than its maker): its cards go in transit.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/distributions/{id}/dispatch`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletDistributionsByIdDispatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/distributions/{id}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Count the cards that arrived: the full count enters stock, a short one is held as a discrepancy
     * @description Count the cards that arrived: the full count enters stock, a short one is held as a discrepancy.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/distributions/{id}/receive`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletDistributionsByIdReceive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/distributions/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve a short receipt (another officer than the receiver): found, or the missing cards written off
     * @description Resolve a short receipt (another officer than the receiver): found, or the missing cards written off.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/distributions/{id}/resolve`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletDistributionsByIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The exception queue of offline ingest
     * @description The exception queue of offline ingest.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/exceptions`: registrar, ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletExceptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/exceptions/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second person approves (or sends back) the proposal
     * @description A second person approves (or sends back) the proposal.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/exceptions/{id}/decision`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletExceptionsByIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/exceptions/{id}/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose how an exception is settled (accept: book it; reject)
     * @description Propose how an exception is settled (accept: book it; reject).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/exceptions/{id}/proposal`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletExceptionsByIdProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stock locations: the warehouse, bank branches, vending machines
     * @description Stock locations: the warehouse, bank branches, vending machines.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/locations`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletLocations'];
    put?: never;
    /**
     * Add a branch or a vending machine as a stock location
     * @description Add a branch or a vending machine as a stock location.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/locations`: ecny_officer (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletLocations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/merchant-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Merchants a terminal can be registered under (id and name)
     * @description Merchants a terminal can be registered under (id and name).
     *
     *     Admin roles that grant `GET /admin/hard-wallet/merchant-options`: registrar (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletMerchantOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/offline-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Offline batches as uploaded
     * @description Offline batches as uploaded.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/offline-batches`: registrar, ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletOfflineBatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/params': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Card caps by media type, KYC level and issuer
     * @description Card caps by media type, KYC level and issuer.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/params`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletParams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Blank-card stock per location (available, reserved, by state), in transit and written off
     * @description Blank-card stock per location (available, reserved, by state), in transit and written off.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/stock`: ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/terminals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Terminals with their live versions and last heartbeat
     * @description Terminals with their live versions and last heartbeat.
     *
     *     Admin roles that grant `GET /admin/hard-wallet/terminals`: registrar, ecny_officer, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminHardWalletTerminals'];
    put?: never;
    /**
     * Register a terminal under a merchant/store (its key is shown once)
     * @description Register a terminal under a merchant/store (its key is shown once).
     *
     *     Admin roles that grant `POST /admin/hard-wallet/terminals`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletTerminals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/hard-wallet/terminals/rollout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Staged roll-out of a program version to a share of one kind of terminal
     * @description Staged roll-out of a program version to a share of one kind of terminal.
     *
     *     Admin roles that grant `POST /admin/hard-wallet/terminals/rollout`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminHardWalletTerminalsRollout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/identity-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Real-name reviews: an ID number another account already holds (names and phones masked)
     * @description Real-name reviews: an ID number another account already holds (names and phones masked).
     *
     *     Admin roles that grant `GET /admin/identity-reviews`: risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminIdentityReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/identity-reviews/{review_id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve a real-name review: keep_holder, share (one person, two accounts) or grant_claimant (the holder loses it; audited)
     * @description Resolve a real-name review: keep_holder, share (one person, two accounts) or grant_claimant (the holder loses it; audited).
     *
     *     Admin roles that grant `POST /admin/identity-reviews/{review_id}/resolve`: risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminIdentityReviewsByReviewIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ledger/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the admin banner shows: the last nightly ledger check and open bank-order exceptions
     * @description What the admin banner shows: the last nightly ledger check and open bank-order exceptions.
     *
     *     Admin roles that grant `GET /admin/ledger/alerts`: auditor, funder, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminLedgerAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ledger/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prove the ledger balances, overall and per campaign
     * @description Prove the ledger balances, overall and per campaign.
     *
     *     Admin roles that grant `GET /admin/ledger/check`: auditor, funder, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminLedgerCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchant-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Merchant onboarding applications (contact phone and account masked)
     * @description Merchant onboarding applications (contact phone and account masked).
     *
     *     Admin roles that grant `GET /admin/merchant-applications`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminMerchantApplications'];
    put?: never;
    /**
     * Registrar: file a merchant onboarding application (licence fields, category, settlement account)
     * @description Registrar: file a merchant onboarding application (licence fields, category, settlement account).
     *
     *     Admin roles that grant `POST /admin/merchant-applications`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchantApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchant-applications/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second person approves an application: the merchant is created (403 SAME_PERSON for the applicant)
     * @description A second person approves an application: the merchant is created (403 SAME_PERSON for the applicant).
     *
     *     Admin roles that grant `POST /admin/merchant-applications/{id}/approve`: registrar, approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchantApplicationsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchant-applications/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second person rejects an application, with the reason
     * @description A second person rejects an application, with the reason.
     *
     *     Admin roles that grant `POST /admin/merchant-applications/{id}/reject`: registrar, approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchantApplicationsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Merchants with the subsidy owed to them
     * @description Merchants with the subsidy owed to them.
     *
     *     Admin roles that grant `GET /admin/merchants`: campaign_manager, approver, funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminMerchants'];
    put?: never;
    /**
     * Register a merchant
     * @description Register a merchant.
     *
     *     Admin roles that grant `POST /admin/merchants`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchants/{id}/wallet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Propose the merchant's e-CNY settlement wallet (applied when a second person approves it)
     * @description Propose the merchant's e-CNY settlement wallet (applied when a second person approves it).
     *
     *     Admin roles that grant `PUT /admin/merchants/{id}/wallet`: registrar (built-in; custom roles may grant it too).
     */
    put: operations['putAdminMerchantsByIdWallet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchants/{id}/wallet-changes/{change_id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a proposed settlement wallet: the merchant is paid there from now on
     * @description Approve a proposed settlement wallet: the merchant is paid there from now on.
     *
     *     Admin roles that grant `POST /admin/merchants/{id}/wallet-changes/{change_id}/approve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchantsByIdWalletChangesByChangeIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchants/{id}/wallet-changes/{change_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a proposed settlement wallet
     * @description Reject a proposed settlement wallet.
     *
     *     Admin roles that grant `POST /admin/merchants/{id}/wallet-changes/{change_id}/reject`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminMerchantsByIdWalletChangesByChangeIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/merchants/wallet-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proposed settlement-wallet changes (wallets masked, with fingerprints)
     * @description Proposed settlement-wallet changes (wallets masked, with fingerprints).
     *
     *     Admin roles that grant `GET /admin/merchants/wallet-changes`: registrar, approver, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminMerchantsWalletChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/deposits/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a recorded fund deposit (not the person who recorded it)
     * @description Confirm a recorded fund deposit (not the person who recorded it).
     *
     *     Admin roles that grant `POST /admin/park/deposits/{id}/confirm`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkDepositsByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Park organisations with departments, canteens and fund
     * @description Park organisations with departments, canteens and fund.
     *
     *     Admin roles that grant `GET /admin/park/orgs`: registrar, funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkOrgs'];
    put?: never;
    /**
     * Create a park organisation and its departments
     * @description Create a park organisation and its departments.
     *
     *     Admin roles that grant `POST /admin/park/orgs`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkOrgs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/orgs/{id}/canteens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Name a merchant as one of the organisation's canteens
     * @description Name a merchant as one of the organisation's canteens.
     *
     *     Admin roles that grant `POST /admin/park/orgs/{id}/canteens`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkOrgsByIdCanteens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/orgs/{id}/deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record money into the organisation's subsidy fund (a second funder confirms)
     * @description Record money into the organisation's subsidy fund (a second funder confirms).
     *
     *     Admin roles that grant `POST /admin/park/orgs/{id}/deposits`: funder (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postAdminParkOrgsByIdDeposits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/orgs/{id}/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff with their badges (names masked)
     * @description Staff with their badges (names masked).
     *
     *     Admin roles that grant `GET /admin/park/orgs/{id}/staff`: registrar, funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkOrgsByIdStaff'];
    put?: never;
    /**
     * Onboard a staff member: badge issued, bound and on the doors
     * @description Onboard a staff member: badge issued, bound and on the doors.
     *
     *     Admin roles that grant `POST /admin/park/orgs/{id}/staff`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkOrgsByIdStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/orgs/{id}/whitelist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's door whitelist with its version
     * @description The organisation's door whitelist with its version.
     *
     *     Admin roles that grant `GET /admin/park/orgs/{id}/whitelist`: registrar, funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkOrgsByIdWhitelist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/staff/{id}/offboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Offboard in one step: doors revoked, subsidy returned, balance unloaded, card cancelled
     * @description Offboard in one step: doors revoked, subsidy returned, balance unloaded, card cancelled.
     *
     *     Admin roles that grant `POST /admin/park/staff/{id}/offboard`: registrar (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkStaffByIdOffboard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/subsidy-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Meal subsidy runs
     * @description Meal subsidy runs.
     *
     *     Admin roles that grant `GET /admin/park/subsidy-runs`: registrar, funder, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkSubsidyRuns'];
    put?: never;
    /**
     * Draft a monthly meal subsidy run (a second funder approves it)
     * @description Draft a monthly meal subsidy run (a second funder approves it).
     *
     *     Admin roles that grant `POST /admin/park/subsidy-runs`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkSubsidyRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/subsidy-runs/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve and post a subsidy run: one grant per active badge
     * @description Approve and post a subsidy run: one grant per active badge.
     *
     *     Admin roles that grant `POST /admin/park/subsidy-runs/{id}/approve`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkSubsidyRunsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/park/subsidy-runs/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a run: unspent subsidy returned by its rule
     * @description Close a run: unspent subsidy returned by its rule.
     *
     *     Admin roles that grant `POST /admin/park/subsidy-runs/{id}/close`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkSubsidyRunsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Exceptions for attendants: no plate, unmatched exits, unpaid exits, doubtful reads
     * @description Exceptions for attendants: no plate, unmatched exits, unpaid exits, doubtful reads.
     *
     *     Admin roles that grant `GET /admin/parking/exceptions`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingExceptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/exceptions/{exception_id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close an exception, optionally opening the gate at its lane (audited)
     * @description Close an exception, optionally opening the gate at its lane (audited).
     *
     *     Admin roles that grant `POST /admin/parking/exceptions/{exception_id}/resolve`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkingExceptionsByExceptionIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/lots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lots with lanes, tariff and cars inside
     * @description Lots with lanes, tariff and cars inside.
     *
     *     Admin roles that grant `GET /admin/parking/lots`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingLots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/lots/{lot_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a lot's free-exit window (at once) or propose its tariff (applied when a second person approves; audited)
     * @description Change a lot's free-exit window (at once) or propose its tariff (applied when a second person approves; audited).
     *
     *     Admin roles that grant `PATCH /admin/parking/lots/{lot_id}`: campaign_manager (built-in; custom roles may grant it too).
     */
    patch: operations['patchAdminParkingLotsByLotId'];
    trace?: never;
  };
  '/api/v1/admin/parking/lots/{lot_id}/daily-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One lot's day (CST): entries, exits, fees, coupon subsidies, paid, unpaid, exceptions
     * @description One lot's day (CST): entries, exits, fees, coupon subsidies, paid, unpaid, exceptions.
     *
     *     Admin roles that grant `GET /admin/parking/lots/{lot_id}/daily-report`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingLotsByLotIdDailyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/lots/{lot_id}/tariff-changes/{change_id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a lot's proposed tariff: it applies at once
     * @description Approve a lot's proposed tariff: it applies at once.
     *
     *     Admin roles that grant `POST /admin/parking/lots/{lot_id}/tariff-changes/{change_id}/approve`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkingLotsByLotIdTariffChangesByChangeIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/lots/{lot_id}/tariff-changes/{change_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a lot's proposed tariff
     * @description Reject a lot's proposed tariff.
     *
     *     Admin roles that grant `POST /admin/parking/lots/{lot_id}/tariff-changes/{change_id}/reject`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkingLotsByLotIdTariffChangesByChangeIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parking payments (plates masked)
     * @description Parking payments (plates masked).
     *
     *     Admin roles that grant `GET /admin/parking/payments`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/payments/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parking payments as CSV (streamed, masked for the caller, audited)
     * @description Parking payments as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/parking/payments/export`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingPaymentsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parking sessions (plates masked)
     * @description Parking sessions (plates masked).
     *
     *     Admin roles that grant `GET /admin/parking/sessions`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/sessions/{session_id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let a car waiting at the exit with a fee due out: it becomes an unpaid exit to charge later (audited)
     * @description Let a car waiting at the exit with a fee due out: it becomes an unpaid exit to charge later (audited).
     *
     *     Admin roles that grant `POST /admin/parking/sessions/{session_id}/release`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkingSessionsBySessionIdRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/sessions/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parking sessions as CSV (streamed, masked for the caller, audited)
     * @description Parking sessions as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/parking/sessions/export`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingSessionsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/tariff-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proposed tariff changes of lots
     * @description Proposed tariff changes of lots.
     *
     *     Admin roles that grant `GET /admin/parking/tariff-changes`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingTariffChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/tariffs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tariffs a lot can use (the Guangzhou examples included)
     * @description The tariffs a lot can use (the Guangzhou examples included).
     *
     *     Admin roles that grant `GET /admin/parking/tariffs`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminParkingTariffs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/parking/tariffs/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Price a stay with a tariff (inline or by id) without a car: fee and breakdown per billing day
     * @description Price a stay with a tariff (inline or by id) without a car: fee and breakdown per billing day.
     *
     *     Admin roles that grant `POST /admin/parking/tariffs/preview`: campaign_manager, approver, auditor, funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminParkingTariffsPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every order sent to the bank: payouts, settlements, parking transfers, top-ups
     * @description Every order sent to the bank: payouts, settlements, parking transfers, top-ups.
     *
     *     Admin roles that grant `GET /admin/payments`: funder, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{out_trade_no}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give up on a payment that never left the platform; its money goes back
     * @description Give up on a payment that never left the platform; its money goes back.
     *
     *     Admin roles that grant `POST /admin/payments/{out_trade_no}/cancel`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPaymentsByOutTradeNoCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{out_trade_no}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a dead payment back to the worker (it asks the bank first; never pays twice)
     * @description Send a dead payment back to the worker (it asks the bank first; never pays twice).
     *
     *     Admin roles that grant `POST /admin/payments/{out_trade_no}/retry`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPaymentsByOutTradeNoRetry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/dead-letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Payments that need a person: refused by the bank, or outcome unknown after every retry
     * @description Payments that need a person: refused by the bank, or outcome unknown after every retry.
     *
     *     Admin roles that grant `GET /admin/payments/dead-letter`: funder, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPaymentsDeadLetter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Orders sent to the bank as CSV (streamed, masked for the caller, audited)
     * @description Orders sent to the bank as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/payments/export`: funder, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPaymentsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/chain-verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Recompute the escrow's hash chain here and say where it breaks
     * @description Recompute the escrow's hash chain here and say where it breaks.
     *
     *     Admin roles that grant `POST /admin/prepaid/chain-verification`: regulator, auditor, approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidChainVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My merchant's contracts (locked versus released)
     * @description My merchant's contracts (locked versus released).
     *
     *     Admin roles that grant `GET /admin/prepaid/contracts`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidContracts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/contracts/{contract_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my contracts with its write-offs and releases
     * @description One of my contracts with its write-offs and releases.
     *
     *     Admin roles that grant `GET /admin/prepaid/contracts/{contract_id}`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidContractsByContractId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/contracts/{contract_id}/write-offs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write off units (a class, spent value, days) under my sequence number: one per (contract, seq)
     * @description Write off units (a class, spent value, days) under my sequence number: one per (contract, seq).
     *
     *     Admin roles that grant `POST /admin/prepaid/contracts/{contract_id}/write-offs`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidContractsByContractIdWriteOffs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/merchant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My prepaid standing (application and review)
     * @description My prepaid standing (application and review).
     *
     *     Admin roles that grant `GET /admin/prepaid/merchant`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidMerchant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/merchant/application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply to sell prepaid (sector rule, licence date, credit status, revenue, issuer tier); a reviewer decides
     * @description Apply to sell prepaid (sector rule, licence date, credit status, revenue, issuer tier); a reviewer decides.
     *
     *     Admin roles that grant `POST /admin/prepaid/merchant/application`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidMerchantApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/merchants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prepaid merchants and their applications
     * @description Prepaid merchants and their applications.
     *
     *     Admin roles that grant `GET /admin/prepaid/merchants`: regulator, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidMerchants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/merchants/{merchant_id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject an application (never the applicant; never a 失信/异常 merchant)
     * @description Approve or reject an application (never the applicant; never a 失信/异常 merchant).
     *
     *     Admin roles that grant `POST /admin/prepaid/merchants/{merchant_id}/review`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidMerchantsByMerchantIdReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My prepaid products
     * @description My prepaid products.
     *
     *     Admin roles that grant `GET /admin/prepaid/products`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidProducts'];
    put?: never;
    /**
     * Add a product (class pack, membership, stored value), checked against the sector rule
     * @description Add a product (class pack, membership, stored value), checked against the sector rule.
     *
     *     Admin roles that grant `POST /admin/prepaid/products`: merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Freeze, unfreeze and closure proposals
     * @description Freeze, unfreeze and closure proposals.
     *
     *     Admin roles that grant `GET /admin/prepaid/proposals`: regulator, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidProposals'];
    put?: never;
    /**
     * Propose to freeze, unfreeze or close a merchant (another regulator approves)
     * @description Propose to freeze, unfreeze or close a merchant (another regulator approves).
     *
     *     Admin roles that grant `POST /admin/prepaid/proposals`: regulator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidProposals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/proposals/{proposal_id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject a proposal (not its proposer); approval applies it to every live contract
     * @description Approve or reject a proposal (not its proposer); approval applies it to every live contract.
     *
     *     Admin roles that grant `POST /admin/prepaid/proposals/{proposal_id}/decision`: regulator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminPrepaidProposalsByProposalIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sector rules (caps, cooling-off, escrow ratios) as data
     * @description Sector rules (caps, cooling-off, escrow ratios) as data.
     *
     *     Any admin session.
     */
    get: operations['getAdminPrepaidRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prepaid/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Regulator view: balances, escrow coverage, release speed, complaints, alerts per merchant
     * @description Regulator view: balances, escrow coverage, release speed, complaints, alerts per merchant.
     *
     *     Admin roles that grant `GET /admin/prepaid/supervision`: regulator, auditor, approver (built-in; custom roles may grant it too).
     */
    get: operations['getAdminPrepaidSupervision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reconciliation reports, newest first
     * @description Reconciliation reports, newest first.
     *
     *     Admin roles that grant `GET /admin/reconciliation/reports`: auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminReconciliationReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One report with its items (mismatches only with ?mismatches=true)
     * @description One report with its items (mismatches only with ?mismatches=true).
     *
     *     Admin roles that grant `GET /admin/reconciliation/reports/{id}`: auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminReconciliationReportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation/reports/{id}/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A report as CSV
     * @description A report as CSV.
     *
     *     Admin roles that grant `GET /admin/reconciliation/reports/{id}/csv`: auditor, funder (built-in; custom roles may grant it too).
     */
    get: operations['getAdminReconciliationReportsByIdCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reconcile a CST day against the bank's file now (also runs daily at 09:00 CST)
     * @description Reconcile a CST day against the bank's file now (also runs daily at 09:00 CST).
     *
     *     Admin roles that grant `POST /admin/reconciliation/runs`: auditor, funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminReconciliationRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Block and allow list entries
     * @description Block and allow list entries.
     *
     *     Admin roles that grant `GET /admin/risk/lists`: risk_analyst, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminRiskLists'];
    put?: never;
    /**
     * Add a user, device or IP to the block or allow list
     * @description Add a user, device or IP to the block or allow list.
     *
     *     Admin roles that grant `POST /admin/risk/lists`: risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminRiskLists'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/lists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a list entry
     * @description Remove a list entry.
     *
     *     Admin roles that grant `DELETE /admin/risk/lists/{id}`: risk_analyst (built-in; custom roles may grant it too).
     */
    delete: operations['deleteAdminRiskListsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims held for review, with reasons and counters
     * @description Claims held for review, with reasons and counters.
     *
     *     Admin roles that grant `GET /admin/risk/reviews`: risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminRiskReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/reviews/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject held claims in bulk
     * @description Approve or reject held claims in bulk.
     *
     *     Admin roles that grant `POST /admin/risk/reviews/decisions`: risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminRiskReviewsDecisions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/reviews/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims held for review as CSV (streamed, masked for the caller, audited)
     * @description Claims held for review as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/risk/reviews/export`: risk_analyst (built-in; custom roles may grant it too).
     */
    get: operations['getAdminRiskReviewsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/rule-facts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The facts each kind of rule set may use, their types and the operators that fit each (for editors)
     * @description The facts each kind of rule set may use, their types and the operators that fit each (for editors).
     *
     *     Admin roles that grant `GET /admin/rule-facts`: campaign_manager, approver, risk_analyst, auditor (built-in; custom roles may grant it too).
     */
    get: operations['getAdminRuleFacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/rule-sets/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate an eligibility rule set or risk policy (issues with paths)
     * @description Validate an eligibility rule set or risk policy (issues with paths).
     *
     *     Admin roles that grant `POST /admin/rule-sets/validate`: campaign_manager, approver, risk_analyst (built-in; custom roles may grant it too).
     */
    post: operations['postAdminRuleSetsValidate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/settlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Merchant settlements (a merchant operator sees their own)
     * @description Merchant settlements (a merchant operator sees their own).
     *
     *     Admin roles that grant `GET /admin/settlements`: funder, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminSettlements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/settlements/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Merchant settlements as CSV (streamed, masked for the caller, audited)
     * @description Merchant settlements as CSV (streamed, masked for the caller, audited).
     *
     *     Admin roles that grant `GET /admin/settlements/export`: funder, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminSettlementsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/settlements/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Settle every merchant for a CST day (once per merchant and day, however often it runs)
     * @description Settle every merchant for a CST day (once per merchant and day, however often it runs).
     *
     *     Admin roles that grant `POST /admin/settlements/runs`: funder (built-in; custom roles may grant it too).
     */
    post: operations['postAdminSettlementsRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/desk-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service desk actions (audited), optionally for one journey
     * @description Service desk actions (audited), optionally for one journey.
     *
     *     Admin roles that grant `GET /admin/transit/desk-actions`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitDeskActions'];
    put?: never;
    /**
     * Service desk (乘客事务): add a missing tap, waive an owed fare, set a verified rider category
     * @description Service desk (乘客事务): add a missing tap, waive an owed fare, set a verified rider category.
     *
     *     Admin roles that grant `POST /admin/transit/desk-actions`: merchant_operator, campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitDeskActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/fare-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fare table versions (pjver) and their maker-checker state
     * @description Fare table versions (pjver) and their maker-checker state.
     *
     *     Admin roles that grant `GET /admin/transit/fare-versions`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitFareVersions'];
    put?: never;
    /**
     * Propose a new fare table (network + rules); another person approves it
     * @description Propose a new fare table (network + rules); another person approves it.
     *
     *     Admin roles that grant `POST /admin/transit/fare-versions`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitFareVersions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/fare-versions/{version}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve (activate) or reject a proposed fare table — not by its proposer
     * @description Approve (activate) or reject a proposed fare table — not by its proposer.
     *
     *     Admin roles that grant `POST /admin/transit/fare-versions/{version}/decision`: approver (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitFareVersionsByVersionDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/fares/gtfs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fare table as GTFS-Fares v2 files (CSV text per file name)
     * @description The fare table as GTFS-Fares v2 files (CSV text per file name).
     *
     *     Admin roles that grant `GET /admin/transit/fares/gtfs`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitFaresGtfs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/fares/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Price a journey by the active (or a given) fare table, with its breakdown
     * @description Price a journey by the active (or a given) fare table, with its breakdown.
     *
     *     Admin roles that grant `POST /admin/transit/fares/preview`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitFaresPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daily figures per station (journeys, priced, collected, owed) for a CST day YYYYMMDD
     * @description Daily figures per station (journeys, priced, collected, owed) for a CST day YYYYMMDD.
     *
     *     Admin roles that grant `GET /admin/transit/figures`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/gates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Gates and validators with their key / blacklist sync state
     * @description Gates and validators with their key / blacklist sync state.
     *
     *     Admin roles that grant `GET /admin/transit/gates`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitGates'];
    put?: never;
    /**
     * Register a gate (entry / exit) or a tram validator (onboard); answers its secret once
     * @description Register a gate (entry / exit) or a tram validator (onboard); answers its secret once.
     *
     *     Admin roles that grant `POST /admin/transit/gates`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitGates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Journeys (filter by status: debt lists the debts; by station; by CST day YYYYMMDD)
     * @description Journeys (filter by status: debt lists the debts; by station; by CST day YYYYMMDD).
     *
     *     Admin roles that grant `GET /admin/transit/journeys`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitJourneys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/network': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The network, its rules and fare extremes (active table or ?version=)
     * @description The network, its rules and fare extremes (active table or ?version=).
     *
     *     Admin roles that grant `GET /admin/transit/network`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitNetwork'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/tvm-tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * TVM tickets, newest first
     * @description TVM tickets, newest first.
     *
     *     Admin roles that grant `GET /admin/transit/tvm-tickets`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitTvmTickets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/transit/tvms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ticket vending machines with their tickets sold and failed dispenses
     * @description Ticket vending machines with their tickets sold and failed dispenses.
     *
     *     Admin roles that grant `GET /admin/transit/tvms`: campaign_manager, approver, auditor, merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getAdminTransitTvms'];
    put?: never;
    /**
     * Register a ticket vending machine at a station; answers its secret once
     * @description Register a ticket vending machine at a station; answers its secret once.
     *
     *     Admin roles that grant `POST /admin/transit/tvms`: campaign_manager (built-in; custom roles may grant it too).
     */
    post: operations['postAdminTransitTvms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/otp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a one-time login code by SMS (H5)
     * @description Send a one-time login code by SMS (H5).
     *
     *     Open to anyone (no login).
     */
    post: operations['postAuthOtp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/otp/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Citizen login with phone + OTP (H5)
     * @description Citizen login with phone + OTP (H5).
     *
     *     Open to anyone (no login).
     */
    post: operations['postAuthOtpVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/wechat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Citizen login with a WeChat mini-program login code
     * @description Citizen login with a WeChat mini-program login code.
     *
     *     Open to anyone (no login).
     */
    post: operations['postAuthWechat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/callbacks/bank-wallet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Notifications from the bank (HMAC-SHA256 signed; replays refused; duplicates harmless)
     * @description Notifications from the bank (HMAC-SHA256 signed; replays refused; duplicates harmless).
     *
     *     Open to anyone (no login).
     */
    post: operations['postCallbacksBankWallet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/callbacks/cashier/{channel}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Payment notifies from WeChat Pay, Alipay and the card acquirer (signed; a hint: the platform then queries)
     * @description Payment notifies from WeChat Pay, Alipay and the card acquirer (signed; a hint: the platform then queries).
     *
     *     Open to anyone (no login).
     */
    post: operations['postCallbacksCashierByChannel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/callbacks/ecny-operator/{operator_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * dcep.909 final-state notices from an operator (HMAC-SHA256 signed; duplicates acknowledged)
     * @description dcep.909 final-state notices from an operator (HMAC-SHA256 signed; duplicates acknowledged).
     *
     *     Open to anyone (no login).
     */
    post: operations['postCallbacksEcnyOperatorByOperatorId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/callbacks/escrow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The escrow's signed instruction notifications (HMAC-SHA256 over the raw body; duplicates change nothing)
     * @description The escrow's signed instruction notifications (HMAC-SHA256 over the raw body; duplicates change nothing).
     *
     *     Open to anyone (no login).
     */
    post: operations['postCallbacksEscrow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Campaigns a citizen can claim now or soon
     * @description Campaigns a citizen can claim now or soon.
     *
     *     Open to anyone (no login).
     */
    get: operations['getCampaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One campaign as citizens see it (terms, window, stock left)
     * @description One campaign as citizens see it (terms, window, stock left).
     *
     *     Open to anyone (no login).
     */
    get: operations['getCampaignsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/claim-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A short-lived token the claim request must carry (X-Claim-Token), bound to this user and campaign
     * @description A short-lived token the claim request must carry (X-Claim-Token), bound to this user and campaign.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postCampaignsByIdClaimTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim a red packet or coupon (one tap)
     * @description Claim a red packet or coupon (one tap).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postCampaignsByIdClaims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The logged-in citizen
     * @description The logged-in citizen.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Campaigns I can claim now or soon, each with whether I am eligible and why not
     * @description Campaigns I can claim now or soon, each with whether I am eligible and why not.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCampaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/campaigns/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What claiming this campaign now would meet for me (eligibility rules, my limit), without claiming
     * @description What claiming this campaign now would meet for me (eligibility rules, my limit), without claiming.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCampaignsByIdEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/campaigns/{id}/reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My 开抢提醒 for a campaign: whether it is set, when it leaves and whether it was sent
     * @description My 开抢提醒 for a campaign: whether it is set, when it leaves and whether it was sent.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCampaignsByIdReminder'];
    /**
     * Remind me 5 minutes before the campaign opens, by SMS or a WeChat subscribe message (idempotent: setting it twice is one reminder; setting it again by another channel switches a pending one)
     * @description Remind me 5 minutes before the campaign opens, by SMS or a WeChat subscribe message (idempotent: setting it twice is one reminder; setting it again by another channel switches a pending one).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    put: operations['putMeCampaignsByIdReminder'];
    post?: never;
    /**
     * Cancel my reminder (one already sent stays sent)
     * @description Cancel my reminder (one already sent stays sent).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    delete: operations['deleteMeCampaignsByIdReminder'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/cashier/orders/{order_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cashier page: an order scanned from a dynamic QR, the channels, and which carry the subsidy (e-CNY only)
     * @description The cashier page: an order scanned from a dynamic QR, the channels, and which carry the subsidy (e-CNY only).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCashierOrdersByOrderId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/cashier/orders/{order_id}/pay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay an order on a channel (ecny: waits for the bank, 201 or 503 PAYMENT_OUTCOME_UNKNOWN; wechat/alipay: 202 paying with pay_params; card: the sale). A coupon only with ecny (422 SUBSIDY_ECNY_ONLY)
     * @description Pay an order on a channel (ecny: waits for the bank, 201 or 503 PAYMENT_OUTCOME_UNKNOWN; wechat/alipay: 202 paying with pay_params; card: the sale). A coupon only with ecny (422 SUBSIDY_ECNY_ONLY).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeCashierOrdersByOrderIdPay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/cashier/payments/{payment_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my cashier payments (polled by the page while a WeChat Pay / Alipay sheet is open; asks the channel when due)
     * @description One of my cashier payments (polled by the page while a WeChat Pay / Alipay sheet is open; asks the channel when due).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCashierPaymentsByPaymentId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My red packets and coupons
     * @description My red packets and coupons.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/claims/{claim_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my red packets or coupons (the coupon code page)
     * @description One of my red packets or coupons (the coupon code page).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeClaimsByClaimId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My coupons with their codes and use windows
     * @description My coupons with their codes and use windows.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeCoupons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/exchanges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My exchanges
     * @description My exchanges.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeEcnyExchanges'];
    put?: never;
    /**
     * 兑出 (deposit → wallet) or 兑回 (wallet → deposit); waits for the final state
     * @description 兑出 (deposit → wallet) or 兑回 (wallet → deposit); waits for the final state.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeEcnyExchanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/sub-wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My sub-wallets (子钱包) pushed to merchants and apps
     * @description My sub-wallets (子钱包) pushed to merchants and apps.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeEcnySubWallets'];
    put?: never;
    /**
     * Push a sub-wallet of my wallet to a merchant/app, with its balance cap and per-payment limit
     * @description Push a sub-wallet of my wallet to a merchant/app, with its balance cap and per-payment limit.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeEcnySubWallets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/sub-wallets/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the sub-wallet: its balance returns to my wallet, once (a second close answers the first)
     * @description Close the sub-wallet: its balance returns to my wallet, once (a second close answers the first).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeEcnySubWalletsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/sub-wallets/{id}/fund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move money from my wallet into the sub-wallet (up to its cap); waits for the final state
     * @description Move money from my wallet into the sub-wallet (up to its cap); waits for the final state.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeEcnySubWalletsByIdFund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/sub-wallets/{id}/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The sub-wallet’s movements (fund, pay, close)
     * @description The sub-wallet’s movements (fund, pay, close).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeEcnySubWalletsByIdMoves'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/sub-wallets/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay from the sub-wallet at its merchant (refused elsewhere and above its per-payment limit)
     * @description Pay from the sub-wallet at its merchant (refused elsewhere and above its per-payment limit).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeEcnySubWalletsByIdPayments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/wallet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My e-CNY wallet at this institution: tier, link, live balance and tier limits
     * @description My e-CNY wallet at this institution: tier, link, live balance and tier limits.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeEcnyWallet'];
    put?: never;
    /**
     * Open my personal wallet (tier by what was verified: phone WL04, real name WL03, + own account WL02)
     * @description Open my personal wallet (tier by what was verified: phone WL04, real name WL03, + own account WL02).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeEcnyWallet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/ecny/wallet/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Link my wallet to my deposit account here (433 银行账户挂接)
     * @description Link my wallet to my deposit account here (433 银行账户挂接).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeEcnyWalletLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/hard-wallet-orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my loads or unloads
     * @description One of my loads or unloads.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeHardWalletOrdersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/hard-wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My hard-wallet cards (balance as last confirmed)
     * @description My hard-wallet cards (balance as last confirmed).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeHardWallets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/hard-wallets/{id}/loss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report my card lost (temporary: lifted after 24 h unless made formal)
     * @description Report my card lost (temporary: lifted after 24 h unless made formal).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeHardWalletsByIdLoss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/hard-wallets/{id}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My card's loads, unloads and refunds (newest first)
     * @description My card's loads, unloads and refunds (newest first).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeHardWalletsByIdOrders'];
    put?: never;
    /**
     * Load my card from my soft wallet, or unload it back
     * @description Load my card from my soft wallet, or unload it back.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeHardWalletsByIdOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Real-name verification (name + ID number)
     * @description Real-name verification (name + ID number).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeIdentity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/park/subsidy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My meal subsidy: balance and bill
     * @description My meal subsidy: balance and bill.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkSubsidy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The driver's parking payments
     * @description The driver's parking payments.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkingPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/payments/{payment_id}/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Receipt (停车缴费电子凭证) of one payment
     * @description Receipt (停车缴费电子凭证) of one payment.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkingPaymentsByPaymentIdReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/plates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The driver's plates and seamless-payment agreements
     * @description The driver's plates and seamless-payment agreements.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkingPlates'];
    put?: never;
    /**
     * Add a plate (粤A·D12345; colour defaults from its length); verified at once if the registry names the driver its owner, else unverified
     * @description Add a plate (粤A·D12345; colour defaults from its length); verified at once if the registry names the driver its owner, else unverified.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeParkingPlates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/plates/{plate_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a plate (cancels its seamless agreement)
     * @description Remove a plate (cancels its seamless agreement).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    delete: operations['deleteMeParkingPlatesByPlateId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/plates/{plate_id}/seamless': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sign or cancel the seamless-payment agreement (无感支付) for a plate; needs a verified plate and a bound wallet
     * @description Sign or cancel the seamless-payment agreement (无感支付) for a plate; needs a verified plate and a bound wallet.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    put: operations['putMeParkingPlatesByPlateIdSeamless'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/plates/{plate_id}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify a plate against the vehicle registry: its registered owner must be the driver's verified real name (then 已验证; other accounts' claims on it are removed)
     * @description Verify a plate against the vehicle registry: its registered owner must be the driver's verified real name (then 已验证; other accounts' claims on it are removed).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeParkingPlatesByPlateIdVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The driver's current sessions (live fee, usable coupons) and history
     * @description The driver's current sessions (live fee, usable coupons) and history.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkingSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/sessions/{session_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One session with its live fee, what is due now and the coupons usable on it
     * @description One session with its live fee, what is due now and the coupons usable on it.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeParkingSessionsBySessionId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/parking/sessions/{session_id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay what is due (before exit: free-exit window; at the barrier: the gate opens; after an offline exit: the debt), optionally with a coupon
     * @description Pay what is due (before exit: free-exit window; at the barrier: the gate opens; after an offline exit: the debt), optionally with a coupon.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeParkingSessionsBySessionIdPayments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/partner-consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Partner apps I allowed to act for me
     * @description Partner apps I allowed to act for me.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMePartnerConsents'];
    put?: never;
    /**
     * Allow a partner app to perform these operations for me
     * @description Allow a partner app to perform these operations for me.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePartnerConsents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/partner-consents/{id}/confirmations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm one operation: a one-time code (5 min) for the partner
     * @description Confirm one operation: a one-time code (5 min) for the partner.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePartnerConsentsByIdConfirmations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/partner-consents/{id}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a consent
     * @description Withdraw a consent.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePartnerConsentsByIdRevocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/payment-pin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether my payment PIN is set, and whether it is locked (until when) or how many tries are left
     * @description Whether my payment PIN is set, and whether it is locked (until when) or how many tries are left.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMePaymentPin'];
    put?: never;
    /**
     * Set my 6-digit payment PIN once; changing it needs the old one (a wrong one counts as a try)
     * @description Set my 6-digit payment PIN once; changing it needs the old one (a wrong one counts as a try).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePaymentPin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/payment-pin/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check my payment PIN for one payment: a single-use token for this purpose and amount, valid 5 minutes
     * @description Check my payment PIN for one payment: a single-use token for this purpose and amount, valid 5 minutes.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePaymentPinVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My prepaid contracts (paid, consumed, remaining, cooling-off countdown)
     * @description My prepaid contracts (paid, consumed, remaining, cooling-off countdown).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMePrepaidContracts'];
    put?: never;
    /**
     * Buy a prepaid product: the contract with its terms and the e-CNY cashier order to pay (rules checked: caps, eligibility)
     * @description Buy a prepaid product: the contract with its terms and the e-CNY cashier order to pay (rules checked: caps, eligibility).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMePrepaidContracts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my contracts with each write-off and each instruction to the escrow
     * @description One of my contracts with each write-off and each instruction to the escrow.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMePrepaidContractsByContractId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}/pay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay the contract with e-CNY through the cashier; the money is then locked in the contract wallet (定向留存)
     * @description Pay the contract with e-CNY through the cashier; the money is then locked in the contract wallet (定向留存).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMePrepaidContractsByContractIdPay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the contract for the refund shown (refused if the amount changed); once per contract
     * @description End the contract for the refund shown (refused if the amount changed); once per contract.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePrepaidContractsByContractIdRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}/refund-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What ending the contract now would refund (cooling-off or pro rata), before confirming
     * @description What ending the contract now would refund (cooling-off or pro rata), before confirming.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMePrepaidContractsByContractIdRefundQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}/write-offs/{write_off_id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a write-off: exactly one release to the merchant (定向支付)
     * @description Confirm a write-off: exactly one release to the merchant (定向支付).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePrepaidContractsByContractIdWriteOffsByWriteOffIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/prepaid/contracts/{contract_id}/write-offs/{write_off_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dispute a write-off: its units come back and a complaint is filed
     * @description Dispute a write-off: its units come back and a complaint is filed.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMePrepaidContractsByContractIdWriteOffsByWriteOffIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rider's ride-code enrolment and what they owe
     * @description The rider's ride-code enrolment and what they owe.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeTransit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the pay-after agreement (先乘车后付费) with the bound e-CNY wallet
     * @description Sign the pay-after agreement (先乘车后付费) with the bound e-CNY wallet.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeTransitAgreement'];
    /**
     * Cancel the pay-after agreement (refused while a fare is owed)
     * @description Cancel the pay-after agreement (refused while a fare is owed).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    delete: operations['deleteMeTransitAgreement'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/day-tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rider's day tickets (a paid order makes its ticket valid)
     * @description The rider's day tickets (a paid order makes its ticket valid).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeTransitDayTickets'];
    put?: never;
    /**
     * Buy a day ticket: opens its cashier order (pay it with e-CNY on the cashier page)
     * @description Buy a day ticket: opens its cashier order (pay it with e-CNY on the cashier page).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeTransitDayTickets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rider's journeys with their fare breakdown and payment state
     * @description The rider's journeys with their fare breakdown and payment state.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeTransitJourneys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/journeys/{journey_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One journey of the rider with its charges
     * @description One journey of the rider with its charges.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeTransitJourneysByJourneyId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/journeys/{journey_id}/pay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay an owed fare now from the bound wallet (then the rider leaves the blacklist)
     * @description Pay an owed fare now from the bound wallet (then the rider leaves the blacklist).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeTransitJourneysByJourneyIdPay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/transit/ride-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fresh signed ride code (valid 60 s), or why none can be shown
     * @description A fresh signed ride code (valid 60 s), or why none can be shown.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeTransitRideCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/wallet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My e-CNY wallet: balance, level limits and what they still allow (live from the bank)
     * @description My e-CNY wallet: balance, level limits and what they still allow (live from the bank).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeWallet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/wallet/bill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My wallet bill (交易明细): red packets in, top-ups in, parking out, one Beijing-time month
     * @description My wallet bill (交易明细): red packets in, top-ups in, parking out, one Beijing-time month.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeWalletBill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/wallet/bindings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start binding my wallet: the bank sends an OTP to this phone
     * @description Start binding my wallet: the bank sends an OTP to this phone.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeWalletBindings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/wallet/bindings/{binding_id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the binding with the OTP; waiting red packets are then paid out
     * @description Confirm the binding with the OTP; waiting red packets are then paid out.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    post: operations['postMeWalletBindingsByBindingIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/wallet/topups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My top-up history
     * @description My top-up history.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getMeWalletTopups'];
    put?: never;
    /**
     * Top up my wallet from the bound bank card (checked against the level limits)
     * @description Top up my wallet from the bound bank card (checked against the level limits).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMeWalletTopups'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/merchant/coupon-redemptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Redemptions at my merchant
     * @description Redemptions at my merchant.
     *
     *     Admin roles that grant `GET /merchant/coupon-redemptions`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getMerchantCouponRedemptions'];
    put?: never;
    /**
     * Redeem a coupon on an order
     * @description Redeem a coupon on an order.
     *
     *     Admin roles that grant `POST /merchant/coupon-redemptions`: merchant_operator (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMerchantCouponRedemptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/merchant/coupon-redemptions/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund the order: reverse the subsidy, return the coupon
     * @description Refund the order: reverse the subsidy, return the coupon.
     *
     *     Admin roles that grant `POST /merchant/coupon-redemptions/{id}/refund`: merchant_operator (built-in; custom roles may grant it too).
     *     Requires an Idempotency-Key: a retry with the same key replays the first answer.
     */
    post: operations['postMerchantCouponRedemptionsByIdRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/merchant/coupons/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify a coupon for an order amount (changes nothing)
     * @description Verify a coupon for an order amount (changes nothing).
     *
     *     Admin roles that grant `GET /merchant/coupons/{code}`: merchant_operator (built-in; custom roles may grant it too).
     */
    get: operations['getMerchantCouponsByCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
  '/api/v1/parking/gate-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plate event from a lot gate controller (X-Lot-Id + HMAC-SHA256 signature); answers open/hold; a resent event gets the same answer
     * @description Plate event from a lot gate controller (X-Lot-Id + HMAC-SHA256 signature); answers open/hold; a resent event gets the same answer.
     *
     *     Open to anyone (no login).
     */
    post: operations['postParkingGateEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/parking/lots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parking lots (for the pay-by-plate page; public, a scanned lot QR shows its lot before login)
     * @description Parking lots (for the pay-by-plate page; public, a scanned lot QR shows its lot before login).
     *
     *     Open to anyone (no login).
     */
    get: operations['getParkingLots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/parking/lots/{lot_id}/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A car's open session (or unpaid exit) in a lot, by plate, with its live fee
     * @description A car's open session (or unpaid exit) in a lot, by plate, with its live fee.
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getParkingLotsByLotIdSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My organisation's apps
     * @description My organisation's apps.
     *
     *     Admin roles that grant `GET /partner/apix/apps`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixApps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of my apps with its keys (no secrets)
     * @description One of my apps with its keys (no secrets).
     *
     *     Admin roles that grant `GET /partner/apix/apps/{id}`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixAppsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}/api-keys/{serial}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Show a production API key of one of my apps, once
     * @description Show a production API key of one of my apps, once.
     *
     *     Admin roles that grant `POST /partner/apix/apps/{id}/api-keys/{serial}/reveal`: partner_developer (built-in; custom roles may grant it too).
     */
    post: operations['postPartnerApixAppsByIdApiKeysBySerialReveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Calls of one of my apps (masked parameters, signature verdict)
     * @description Calls of one of my apps (masked parameters, signature verdict).
     *
     *     Admin roles that grant `GET /partner/apix/apps/{id}/calls`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixAppsByIdCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook deliveries of one of my apps
     * @description Webhook deliveries of one of my apps.
     *
     *     Admin roles that grant `GET /partner/apix/apps/{id}/deliveries`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixAppsByIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook endpoints of one of my apps
     * @description Webhook endpoints of one of my apps.
     *
     *     Admin roles that grant `GET /partner/apix/apps/{id}/endpoints`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixAppsByIdEndpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner/apix/apps/{id}/quota-usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Calls of one of my apps in the last hour by operation and verdict
     * @description Calls of one of my apps in the last hour by operation and verdict.
     *
     *     Admin roles that grant `GET /partner/apix/apps/{id}/quota-usage`: partner_developer (built-in; custom roles may grant it too).
     */
    get: operations['getPartnerApixAppsByIdQuotaUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prepaid/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prepaid products on sale (approved, eligible merchants only)
     * @description Prepaid products on sale (approved, eligible merchants only).
     *
     *     A logged-in citizen (bearer token from the identity endpoints).
     */
    get: operations['getPrepaidProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/terminals/card-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A vending machine sells an anonymous card from its own stock (a resend answers the same sale)
     * @description A vending machine sells an anonymous card from its own stock (a resend answers the same sale).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTerminalsCardSales'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/terminals/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminal heartbeat: versions applied (acknowledging deltas), records not yet uploaded
     * @description Terminal heartbeat: versions applied (acknowledging deltas), records not yet uploaded.
     *
     *     Open to anyone (no login).
     */
    post: operations['postTerminalsHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/terminals/offline-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload offline records (idempotent by card counter and terminal sequence)
     * @description Upload offline records (idempotent by card counter and terminal sequence).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTerminalsOfflineBatches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/terminals/sign-on': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminal sign-on (signed with its terminal key): session key, batch number, deltas
     * @description Terminal sign-on (signed with its terminal key): session key, batch number, deltas.
     *
     *     Open to anyone (no login).
     */
    post: operations['postTerminalsSignOn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/terminals/subsidy-payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Online meal-subsidy payment at a canteen terminal (a resent payment_no gets the first answer)
     * @description Online meal-subsidy payment at a canteen terminal (a resent payment_no gets the first answer).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTerminalsSubsidyPayments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/day-ticket-products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The day tickets on sale under the current fare table: name, price and validity
     * @description The day tickets on sale under the current fare table: name, price and validity.
     *
     *     Open to anyone (no login).
     */
    get: operations['getTransitDayTicketProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/gates/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A gate fetches the issuer keys and the blacklist changes after its version (X-Gate-Id + HMAC signature)
     * @description A gate fetches the issuer keys and the blacklist changes after its version (X-Gate-Id + HMAC signature).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitGatesSync'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/gates/taps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A gate uploads a batch of taps (X-Gate-Id + HMAC); a resent batch gets its first answer, a resent tap is stored once
     * @description A gate uploads a batch of taps (X-Gate-Id + HMAC); a resent batch gets its first answer, a resent tap is stored once.
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitGatesTaps'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/tvm/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A TVM asks the fare from its station to a destination (X-Tvm-Id + HMAC)
     * @description A TVM asks the fare from its station to a destination (X-Tvm-Id + HMAC).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitTvmQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/tvm/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A TVM starts a single-journey ticket: the fare and the cashier's dynamic e-CNY QR (request_no makes a retry the same ticket)
     * @description A TVM starts a single-journey ticket: the fare and the cashier's dynamic e-CNY QR (request_no makes a retry the same ticket).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitTvmTickets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/tvm/tickets/{ticket_id}/dispense': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A TVM reports the ticket came out (or not: the order is refunded in full, once)
     * @description A TVM reports the ticket came out (or not: the order is refunded in full, once).
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitTvmTicketsByTicketIdDispense'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transit/tvm/tickets/{ticket_id}/poll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A TVM polls its ticket: once the cashier order is paid the ticket code is issued for printing
     * @description A TVM polls its ticket: once the cashier order is paid the ticket code is issued for printing.
     *
     *     Open to anyone (no login).
     */
    post: operations['postTransitTvmTicketsByTicketIdPoll'];
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
  getAdminAccessPermissions: {
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
            groups: {
              operations: {
                permission: string;
                roles: string[];
                summary: string;
              }[];
              tag: string;
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
  getAdminAccessProposals: {
    parameters: {
      query?: {
        /** @description Filter or page: status */
        status?: 'pending' | 'approved' | 'rejected';
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
            items: {
              created_at: string;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                [key: string]: unknown;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
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
  postAdminAccessProposals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              display_name: string;
              funder_id?: string | null;
              /** @constant */
              kind: 'user.create';
              merchant_id?: string | null;
              password: string;
              roles: string[];
              username: string;
            }
          | {
              /** @constant */
              kind: 'user.roles';
              roles: string[];
              user_id: string;
            }
          | {
              display_name: string;
              id: string;
              /** @constant */
              kind: 'role.create';
              permissions: string[];
            }
          | {
              display_name?: string;
              /** @constant */
              kind: 'role.update';
              permissions: string[];
              role_id: string;
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
          'application/json': {
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminAccessProposalsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminAccessProposalsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  getAdminAccessRoles: {
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
            items: {
              builtin: boolean;
              created_by: string | null;
              display_name: string;
              id: string;
              permissions: string[];
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
  getAdminAccessSodRules: {
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
            items: {
              id: string;
              left_name: string;
              left_permissions: string[];
              name: string;
              right_name: string;
              right_permissions: string[];
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
  getAdminAccessUsers: {
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
            items: {
              display_name: string;
              funder_id: string | null;
              id: string;
              merchant_id: string | null;
              roles: string[];
              username: string;
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
  getAdminAnalyticsOverview: {
    parameters: {
      query: {
        /** @description Filter or page: campaign_id */
        campaign_id?: string;
        /** @description Filter or page: from */
        from: string;
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
            burn: {
              budget_fen: number;
              points: {
                day: string;
                plan_remaining_fen: number;
                remaining_fen: number;
              }[];
            } | null;
            by_category: {
              category: string;
              order_fen: number;
              redemptions: number;
              subsidy_fen: number;
            }[];
            by_merchant: {
              category: string;
              merchant_id: string;
              name: string;
              order_fen: number;
              redemptions: number;
              subsidy_fen: number;
            }[];
            campaign_id: string | null;
            days: {
              claimed_fen: number;
              claims: number;
              day: string;
              order_fen: number;
              redemptions: number;
              risk: {
                pass: number;
                reject: number;
                review: number;
              };
              subsidy_fen: number;
              views: number;
            }[];
            funnel: {
              claims: number;
              redemptions: number;
              views: number;
            };
            leverage: {
              order_fen: number;
              ratio: number | null;
              subsidy_fen: number;
            };
            range: {
              from: string;
              to: string;
            };
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
  getAdminApixApps: {
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
            items: components['schemas']['ApixApp'][];
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
  postAdminApixApps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          org_name: string;
          products: string[];
          /**
           * @default bronze
           * @enum {string}
           */
          tier?: 'sandbox' | 'bronze' | 'silver' | 'gold';
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
          'application/json': {
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  getAdminApixAppsById: {
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
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  getAdminApixAppsByIdActions: {
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
            broken_at_seq: number | null;
            chain_valid: boolean;
            items: {
              action: string;
              actor_id: string;
              created_at: string;
              hash: string;
              payload: {
                [key: string]: unknown;
              };
              seq: number;
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
  postAdminApixAppsByIdApiKeysBySerialReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The serial */
        serial: string;
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
            /** @enum {string} */
            algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
            api_key: string;
            created_at: string;
            /** @enum {string} */
            environment: 'sandbox' | 'production';
            revealed: boolean;
            revoked_at: string | null;
            serial_no: string;
            /** @enum {string} */
            status: 'active' | 'revoked';
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
  postAdminApixAppsByIdChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              kind: 'apix.resume';
              reason: string;
            }
          | {
              /** @constant */
              kind: 'apix.retire';
              reason: string;
            }
          | {
              /** @constant */
              kind: 'apix.key';
              public_key: string;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA';
            }
          | {
              /** @enum {string} */
              action: 'bind' | 'unbind';
              /** @constant */
              kind: 'apix.merchant';
              merchant_id: string;
              reason: string;
            }
          | {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              /** @constant */
              kind: 'apix.api_key';
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
          'application/json': {
            created_at: string | null;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  getAdminApixAppsByIdDeliveries: {
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
            items: {
              attempts: number;
              created_at: string;
              delivered_at: string | null;
              endpoint_id: string;
              event_id: string;
              event_type: string;
              id: string;
              last_error: string | null;
              last_status_code: number | null;
              next_attempt_at: string | null;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed';
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
  postAdminApixAppsByIdDeliveriesByDeliveryIdResend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The delivery id */
        delivery_id: string;
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
            attempts: number;
            created_at: string;
            delivered_at: string | null;
            endpoint_id: string;
            event_id: string;
            event_type: string;
            id: string;
            last_error: string | null;
            last_status_code: number | null;
            next_attempt_at: string | null;
            /** @enum {string} */
            status: 'pending' | 'delivered' | 'failed';
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
  getAdminApixAppsByIdEndpoints: {
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
            items: {
              app_id: string;
              created_at: string;
              disabled_reason: string | null;
              event_types: string[];
              id: string;
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              url: string;
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
  postAdminApixAppsByIdEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_types: (
            'coupon.redeemed' | 'coupon.redemption_refunded' | 'consent.granted' | 'consent.revoked'
          )[];
          /** Format: uri */
          url: string;
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
          'application/json': {
            app_id: string;
            created_at: string;
            disabled_reason: string | null;
            event_types: string[];
            id: string;
            secret: string;
            /** @enum {string} */
            status: 'enabled' | 'disabled';
            url: string;
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
  postAdminApixAppsByIdEndpointsByEndpointIdEnable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The endpoint id */
        endpoint_id: string;
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
            items: {
              app_id: string;
              created_at: string;
              disabled_reason: string | null;
              event_types: string[];
              id: string;
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              url: string;
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
  postAdminApixAppsByIdKeysBySerialRevocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The serial */
        serial: string;
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
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  getAdminApixAppsByIdMerchants: {
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
            items: {
              app_id: string;
              change_id: string;
              created_at: string;
              merchant_id: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
              updated_at: string;
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
  postAdminApixAppsByIdProductionRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uri */
          callback_url: string;
          ip_allowlist: string[];
          licence_no: string;
          public_key: string;
          /** @enum {string} */
          scheme: 'SM2' | 'RSA';
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
          'application/json': {
            created_at: string | null;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  putAdminApixAppsByIdQuota: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rate_limit_per_minute: number | null;
          /** @enum {string} */
          tier: 'sandbox' | 'bronze' | 'silver' | 'gold';
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
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  getAdminApixAppsByIdQuotaUsage: {
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
            items: {
              calls: number;
              operation_code: string | null;
              verdict: string;
            }[];
            since: string;
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
  postAdminApixAppsByIdSandbox: {
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
            app: {
              api_keys: {
                /** @enum {string} */
                algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
                created_at: string;
                /** @enum {string} */
                environment: 'sandbox' | 'production';
                revealed: boolean;
                revoked_at: string | null;
                serial_no: string;
                /** @enum {string} */
                status: 'active' | 'revoked';
              }[];
              callback_url: string | null;
              created_at: string;
              credentials: {
                created_at: string;
                /** @enum {string} */
                environment: 'sandbox' | 'production';
                public_key: string | null;
                revoked_at: string | null;
                /** @enum {string} */
                scheme: 'SM2' | 'RSA' | 'HMAC';
                secret_hint: string | null;
                serial_no: string;
                /** @enum {string} */
                status: 'active' | 'revoked';
              }[];
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
            sandbox_credentials: {
              api_key: {
                /** @enum {string} */
                algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
                api_key: string;
                created_at: string;
                /** @enum {string} */
                environment: 'sandbox' | 'production';
                revealed: boolean;
                revoked_at: string | null;
                serial_no: string;
                /** @enum {string} */
                status: 'active' | 'revoked';
              };
              hmac: {
                created_at: string;
                /** @enum {string} */
                environment: 'sandbox' | 'production';
                public_key: string | null;
                revoked_at: string | null;
                /** @enum {string} */
                scheme: 'SM2' | 'RSA' | 'HMAC';
                secret: string;
                secret_hint: string | null;
                serial_no: string;
                /** @enum {string} */
                status: 'active' | 'revoked';
              };
              sm2: {
                created_at: string;
                /** @enum {string} */
                environment: 'sandbox' | 'production';
                private_key: string;
                public_key: string | null;
                revoked_at: string | null;
                /** @enum {string} */
                scheme: 'SM2' | 'RSA' | 'HMAC';
                secret_hint: string | null;
                serial_no: string;
                /** @enum {string} */
                status: 'active' | 'revoked';
              };
            };
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
  postAdminApixAppsByIdSandboxApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default AEAD_SM4_GCM
           * @enum {string}
           */
          algorithm?: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
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
          'application/json': {
            /** @enum {string} */
            algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
            api_key: string;
            created_at: string;
            /** @enum {string} */
            environment: 'sandbox' | 'production';
            revealed: boolean;
            revoked_at: string | null;
            serial_no: string;
            /** @enum {string} */
            status: 'active' | 'revoked';
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
  postAdminApixAppsByIdSandboxKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          public_key: string;
          /** @enum {string} */
          scheme: 'SM2' | 'RSA';
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
          'application/json': {
            created_at: string;
            /** @enum {string} */
            environment: 'sandbox' | 'production';
            public_key: string | null;
            revoked_at: string | null;
            /** @enum {string} */
            scheme: 'SM2' | 'RSA' | 'HMAC';
            secret_hint: string | null;
            serial_no: string;
            /** @enum {string} */
            status: 'active' | 'revoked';
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
  postAdminApixAppsByIdSuspension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
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
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  getAdminApixCalls: {
    parameters: {
      query?: {
        /** @description Filter or page: app_id */
        app_id?: string;
        /** @description Filter or page: cursor */
        cursor?: number;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              app_id: string | null;
              created_at: string;
              environment: string | null;
              id: string;
              ip: string;
              latency_ms: number;
              method: string;
              operation_code: string | null;
              params: unknown;
              path: string;
              request_id: string;
              retain_until: string;
              status: number;
              verdict: string;
            }[];
            next_cursor: string | null;
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
  getAdminApixCatalogue: {
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
            items: {
              acts_for_citizen: boolean;
              code: string;
              idempotent: boolean;
              /** @enum {string} */
              level: 'A1' | 'A2';
              method: string;
              name: string;
              path: string;
              per_minute: number | null;
              /** @enum {string} */
              product: 'marketing' | 'payment' | 'scenarios' | 'operations';
              schemes: string[];
              summary: string;
            }[];
            tiers: {
              [key: string]: number;
            };
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
  getAdminApixChanges: {
    parameters: {
      query?: {
        /** @description Filter or page: app_id */
        app_id?: string;
        /** @description Filter or page: status */
        status?: 'pending' | 'approved' | 'rejected';
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
            items: {
              created_at: string | null;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                [key: string]: unknown;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
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
  postAdminApixChangesByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          /** @enum {string} */
          decision: 'approve' | 'reject';
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
            created_at: string | null;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminApixPartnerUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
          org_name: string;
          password: string;
          username: string;
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
          'application/json': {
            display_name: string;
            id: string;
            org_name: string;
            username: string;
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
  getAdminApixPlatformKey: {
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
            /** @constant */
            algorithm: 'SM2-WITH-SM3';
            public_key: string;
            serial: string;
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
  postAdminApixSignatureDebugger: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          app_id: string;
          body: string;
          /** @enum {string} */
          method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
          nonce_str: string;
          /** @enum {string} */
          scheme: 'APIX-SM2-WITH-SM3' | 'APIX-SHA256-RSA2048' | 'APIX-HMAC-SHA256' | 'APIX-HMAC-SM3';
          serial_no: string;
          signature: string;
          timestamp: string;
          url: string;
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
            string_to_sign: string;
            valid: boolean;
            verdict: string;
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
  getAdminAuditLogs: {
    parameters: {
      query?: {
        /** @description Filter or page: action */
        action?: string;
        /** @description Filter or page: actor_id */
        actor_id?: string;
        /** @description Filter or page: cursor */
        cursor?: number;
        /** @description Filter or page: entity_id */
        entity_id?: string;
        /** @description Filter or page: entity_type */
        entity_type?: string;
        /** @description Filter or page: from */
        from?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: to */
        to?: string;
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
            items: {
              action: string;
              actor: {
                id: string;
                name: string | null;
                type: string;
              };
              changes: unknown;
              comment: string | null;
              created_at: string;
              entity_id: string;
              entity_name: string | null;
              entity_type: string;
              id: string;
              request_id: string | null;
            }[];
            next_cursor: string | null;
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
  getAdminAuditLogsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: action */
        action?: string;
        /** @description Filter or page: actor_id */
        actor_id?: string;
        /** @description Filter or page: entity_id */
        entity_id?: string;
        /** @description Filter or page: entity_type */
        entity_type?: string;
        /** @description Filter or page: from */
        from?: string;
        /** @description Filter or page: to */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postAdminAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
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
            expires_at: string | null;
            token: string;
            user: {
              display_name: string;
              funder_id: string | null;
              id: string;
              merchant_id: string | null;
              roles: string[];
              username: string;
            };
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
  postAdminAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  getAdminAuthMe: {
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
            display_name: string;
            funder_id: string | null;
            id: string;
            merchant_id: string | null;
            permissions: string[];
            roles: string[];
            username: string;
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
  postAdminAuthRefresh: {
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
            expires_at: string | null;
            token: string;
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
  getAdminBankOrdersExceptions: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'open' | 'resolved';
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
            items: {
              amount_fen: number;
              bank_status: string;
              created_at: string;
              id: string;
              note: string;
              out_trade_no: string;
              platform_status: string;
              purpose: string;
              resolution: string | null;
              resolved_at: string | null;
              resolved_by: string | null;
              status: string;
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
  postAdminBankOrdersExceptionsByIdResolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          resolution: string;
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
            amount_fen: number;
            bank_status: string;
            created_at: string;
            id: string;
            note: string;
            out_trade_no: string;
            platform_status: string;
            purpose: string;
            resolution: string | null;
            resolved_at: string | null;
            resolved_by: string | null;
            status: string;
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
  getAdminCampaigns: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: kind */
        kind?: 'red_packet' | 'coupon';
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?:
          'draft' | 'pending_approval' | 'rejected' | 'approved' | 'running' | 'paused' | 'ended' | 'settled';
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
            items: {
              approved_by: string | null;
              budget_fen: number;
              claim_end_at: string;
              claim_start_at: string;
              coupon: {
                cap_fen?: number;
                discount_fen?: number;
                merchant_ids: string[];
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
              created_at: string;
              created_by: string;
              description: string | null;
              face_fen: number;
              funder_id: string;
              id: string;
              /** @enum {string} */
              kind: 'red_packet' | 'coupon';
              limits: {
                max_amount_fen?: number;
                max_count?: number;
                max_count_per_day?: number;
                natural_person: boolean;
                per_user: {
                  count: number;
                  /** @enum {string} */
                  period: 'day' | 'week' | 'month' | 'lifetime';
                };
              };
              name: string;
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
              reserved_fen: number;
              /** @enum {string} */
              status:
                | 'approved'
                | 'rejected'
                | 'draft'
                | 'pending_approval'
                | 'running'
                | 'paused'
                | 'ended'
                | 'settled';
              stock: {
                claimed: number;
                remaining: number;
                total: number;
              };
              stock_total: number;
              submitted_by: string | null;
              updated_at: string | null;
              use_end_at: string | null;
              version: number;
            }[];
            next_cursor: string | null;
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
  postAdminCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          budget_fen: number;
          /** Format: date-time */
          claim_end_at: string;
          /** Format: date-time */
          claim_start_at: string;
          coupon?: {
            cap_fen?: number;
            discount_fen?: number;
            /** @default [] */
            merchant_ids?: string[];
            percent_off?: number;
            threshold_fen?: number;
            /** @enum {string} */
            type: 'threshold' | 'instant' | 'percent';
            use_window:
              | {
                  /** Format: date-time */
                  end_at: string;
                  /** Format: date-time */
                  start_at?: string;
                }
              | {
                  days: number;
                };
          };
          description?: string;
          funder_id: string;
          /** @enum {string} */
          kind: 'red_packet' | 'coupon';
          /**
           * @default {
           *       "per_user": {
           *         "count": 1,
           *         "period": "lifetime"
           *       },
           *       "natural_person": false
           *     }
           */
          limits?: {
            max_amount_fen?: number;
            max_count?: number;
            max_count_per_day?: number;
            /** @default false */
            natural_person?: boolean;
            /**
             * @default {
             *       "count": 1,
             *       "period": "lifetime"
             *     }
             */
            per_user?: {
              count: number;
              /** @enum {string} */
              period: 'day' | 'week' | 'month' | 'lifetime';
            };
          };
          name: string;
          red_packet?:
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
              };
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
          'application/json': {
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  getAdminCampaignsById: {
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  patchAdminCampaignsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          budget_fen?: number;
          /** Format: date-time */
          claim_end_at?: string;
          /** Format: date-time */
          claim_start_at?: string;
          coupon?: {
            cap_fen?: number;
            discount_fen?: number;
            /** @default [] */
            merchant_ids?: string[];
            percent_off?: number;
            threshold_fen?: number;
            /** @enum {string} */
            type: 'threshold' | 'instant' | 'percent';
            use_window:
              | {
                  /** Format: date-time */
                  end_at: string;
                  /** Format: date-time */
                  start_at?: string;
                }
              | {
                  days: number;
                };
          };
          description?: string;
          funder_id?: string;
          limits?: {
            max_amount_fen?: number;
            max_count?: number;
            max_count_per_day?: number;
            /** @default false */
            natural_person?: boolean;
            /**
             * @default {
             *       "count": 1,
             *       "period": "lifetime"
             *     }
             */
            per_user?: {
              count: number;
              /** @enum {string} */
              period: 'day' | 'week' | 'month' | 'lifetime';
            };
          };
          name?: string;
          red_packet?:
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
              };
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  postAdminCampaignsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  getAdminCampaignsByIdClaims: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: reason */
        reason?: string;
        /** @description Filter or page: unmask */
        unmask?: 'true' | 'false';
      };
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
            items: components['schemas']['AdminClaim'][];
            next_cursor: string | null;
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
  postAdminCampaignsByIdClaimsByClaimIdUnmask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim id */
        claim_id: string;
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
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
          'application/json': components['schemas']['AdminClaim'];
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
  getAdminCampaignsByIdClaimsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: reason */
        reason?: string;
        /** @description Filter or page: unmask */
        unmask?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  getAdminCampaignsByIdDecisions: {
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
            items: {
              /** @enum {string} */
              action: 'submit' | 'approve' | 'reject' | 'revise';
              actor_id: string;
              actor_name: string | null;
              at: string | null;
              comment: string | null;
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
  postAdminCampaignsByIdPause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  postAdminCampaignsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  postAdminCampaignsByIdResume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRevise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  getAdminCampaignsByIdRiskPolicies: {
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
            items: {
              approved_by: string | null;
              campaign_id: string;
              created_at: string;
              created_by: string;
              definition: unknown;
              id: string;
              kind: string;
              /** @enum {string} */
              status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
              submitted_by: string | null;
              updated_at: string | null;
              version: number;
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
  postAdminCampaignsByIdRiskPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          definition: {
            [key: string]: unknown;
          };
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
          'application/json': {
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRiskPoliciesByVersionApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRiskPoliciesByVersionReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRiskPoliciesByVersionRollback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRiskPoliciesByVersionShadow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRiskPoliciesByVersionSimulate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 1000 */
          last_n?: number;
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
            changed: number;
            changes: {
              draft: {
                decision: string;
                matched: string[];
                messages: string[];
                reasons: string[];
                rule_id: string | null;
                score: number;
                tags: string[];
                trace?: {
                  conditions: {
                    actual: unknown;
                    expected: unknown;
                    fact: string;
                    op: string;
                    path: string;
                    result: boolean;
                  }[];
                  matched: boolean;
                  rule_id: string;
                }[];
              };
              id?: string;
              live: {
                decision: string;
                matched: string[];
                messages: string[];
                reasons: string[];
                rule_id: string | null;
                score: number;
                tags: string[];
                trace?: {
                  conditions: {
                    actual: unknown;
                    expected: unknown;
                    fact: string;
                    op: string;
                    path: string;
                    result: boolean;
                  }[];
                  matched: boolean;
                  rule_id: string;
                }[];
              };
            }[];
            draft_decisions: {
              [key: string]: number;
            };
            live_decisions: {
              [key: string]: number;
            };
            total: number;
            transitions: {
              [key: string]: number;
            };
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
  postAdminCampaignsByIdRiskPoliciesByVersionSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  getAdminCampaignsByIdRuleSets: {
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
            items: {
              approved_by: string | null;
              campaign_id: string;
              created_at: string;
              created_by: string;
              definition: unknown;
              id: string;
              kind: string;
              /** @enum {string} */
              status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
              submitted_by: string | null;
              updated_at: string | null;
              version: number;
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
  postAdminCampaignsByIdRuleSets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          definition: {
            [key: string]: unknown;
          };
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
          'application/json': {
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRuleSetsByVersionApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRuleSetsByVersionReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRuleSetsByVersionRollback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdRuleSetsByVersionSimulate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 1000 */
          last_n?: number;
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
            changed: number;
            changes: {
              draft: {
                decision: string;
                matched: string[];
                messages: string[];
                reasons: string[];
                rule_id: string | null;
                score: number;
                tags: string[];
                trace?: {
                  conditions: {
                    actual: unknown;
                    expected: unknown;
                    fact: string;
                    op: string;
                    path: string;
                    result: boolean;
                  }[];
                  matched: boolean;
                  rule_id: string;
                }[];
              };
              id?: string;
              live: {
                decision: string;
                matched: string[];
                messages: string[];
                reasons: string[];
                rule_id: string | null;
                score: number;
                tags: string[];
                trace?: {
                  conditions: {
                    actual: unknown;
                    expected: unknown;
                    fact: string;
                    op: string;
                    path: string;
                    result: boolean;
                  }[];
                  matched: boolean;
                  rule_id: string;
                }[];
              };
            }[];
            draft_decisions: {
              [key: string]: number;
            };
            live_decisions: {
              [key: string]: number;
            };
            total: number;
            transitions: {
              [key: string]: number;
            };
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
  postAdminCampaignsByIdRuleSetsByVersionSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            campaign_id: string;
            created_at: string;
            created_by: string;
            definition: unknown;
            id: string;
            kind: string;
            /** @enum {string} */
            status: 'rejected' | 'draft' | 'pending_approval' | 'active' | 'superseded' | 'shadow';
            submitted_by: string | null;
            updated_at: string | null;
            version: number;
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
  postAdminCampaignsByIdStop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  postAdminCampaignsByIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            approved_by: string | null;
            budget_fen: number;
            claim_end_at: string;
            claim_start_at: string;
            coupon: {
              cap_fen?: number;
              discount_fen?: number;
              merchant_ids: string[];
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
            created_at: string;
            created_by: string;
            description: string | null;
            face_fen: number;
            funder_id: string;
            id: string;
            /** @enum {string} */
            kind: 'red_packet' | 'coupon';
            limits: {
              max_amount_fen?: number;
              max_count?: number;
              max_count_per_day?: number;
              natural_person: boolean;
              per_user: {
                count: number;
                /** @enum {string} */
                period: 'day' | 'week' | 'month' | 'lifetime';
              };
            };
            name: string;
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
            reserved_fen: number;
            /** @enum {string} */
            status:
              | 'approved'
              | 'rejected'
              | 'draft'
              | 'pending_approval'
              | 'running'
              | 'paused'
              | 'ended'
              | 'settled';
            stock: {
              claimed: number;
              remaining: number;
              total: number;
            };
            stock_total: number;
            submitted_by: string | null;
            updated_at: string | null;
            use_end_at: string | null;
            version: number;
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
  getAdminCampaignsByIdVersions: {
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
            items: {
              changes: {
                [key: string]: {
                  from: unknown;
                  to: unknown;
                };
              };
              created_at: string;
              created_by: string;
              snapshot: {
                [key: string]: unknown;
              };
              version: number;
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
  getAdminCashierAllOrders: {
    parameters: {
      query?: {
        /** @description Filter or page: channel */
        channel?: 'ecny' | 'wechat' | 'alipay' | 'card';
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: from */
        from?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: merchant_id */
        merchant_id?: string;
        /** @description Filter or page: status */
        status?: 'created' | 'paying' | 'paid' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
        /** @description Filter or page: to */
        to?: string;
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
            items: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            }[];
            next_cursor: string | null;
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
  getAdminCashierOrders: {
    parameters: {
      query?: {
        /** @description Filter or page: channel */
        channel?: 'ecny' | 'wechat' | 'alipay' | 'card';
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: from */
        from?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'created' | 'paying' | 'paid' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
        /** @description Filter or page: to */
        to?: string;
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
            items: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            }[];
            next_cursor: string | null;
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
  postAdminCashierOrders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          description?: string;
          out_trade_no: string;
          till_id?: string;
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
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            qr_payload: string;
          };
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            qr_payload: string;
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
  getAdminCashierOrdersByOrderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order id */
        order_id: string;
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
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            payments: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              mode: 'code' | 'app';
              order_amount_fen: number;
              /** @enum {string} */
              status: 'paid' | 'failed' | 'paying' | 'closed';
            }[];
            refunds: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              order_id: string;
              out_refund_no: string;
              /** @enum {string} */
              status: 'failed' | 'processing' | 'succeeded';
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
  postAdminCashierOrdersByOrderIdRefunds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order id */
        order_id: string;
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
          'application/json': {
            amount_fen: number;
            /** @enum {string} */
            channel: 'ecny' | 'wechat' | 'alipay' | 'card';
            completed_at: string | null;
            created_at: string | null;
            discount_fen: number;
            error_code: string | null;
            id: string;
            order_id: string;
            out_refund_no: string;
            /** @enum {string} */
            status: 'failed' | 'processing' | 'succeeded';
          };
        };
      };
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amount_fen: number;
            /** @enum {string} */
            channel: 'ecny' | 'wechat' | 'alipay' | 'card';
            completed_at: string | null;
            created_at: string | null;
            discount_fen: number;
            error_code: string | null;
            id: string;
            order_id: string;
            out_refund_no: string;
            /** @enum {string} */
            status: 'failed' | 'processing' | 'succeeded';
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
  postAdminCashierOrdersByOrderIdScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order id */
        order_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          auth_code: string;
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
          'application/json': {
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            payment: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              mode: 'code' | 'app';
              order_amount_fen: number;
              pay_params: {
                [key: string]: string;
              } | null;
              /** @enum {string} */
              status: 'paid' | 'failed' | 'paying' | 'closed';
            };
          };
        };
      };
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            payment: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              mode: 'code' | 'app';
              order_amount_fen: number;
              pay_params: {
                [key: string]: string;
              } | null;
              /** @enum {string} */
              status: 'paid' | 'failed' | 'paying' | 'closed';
            };
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
  getAdminCashierReconciliationReports: {
    parameters: {
      query?: {
        /** @description Filter or page: bill_date */
        bill_date?: string;
        /** @description Filter or page: channel */
        channel?: 'ecny' | 'wechat' | 'alipay' | 'card';
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              bill_date: string;
              channel: string;
              created_at: string | null;
              id: string;
              status: string;
              summary: unknown;
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
  postAdminCashierReconciliationRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bill_date: string;
          /** @enum {string} */
          channel: 'ecny' | 'wechat' | 'alipay' | 'card';
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
          'application/json': {
            created_at: string | null;
            id: string;
            items: {
              channel_amount_fen: number | null;
              /** @enum {string} */
              class:
                | 'matched'
                | 'missing_on_platform'
                | 'missing_at_channel'
                | 'amount_differs'
                | 'ledger_differs';
              key: string;
              platform_amount_fen: number | null;
              /** @enum {string} */
              resolution: 'none' | 'auto_confirmed' | 'unresolved';
              /** @enum {string} */
              type: 'PAY' | 'REFUND';
            }[];
            status: string;
            summary: {
              auto_confirmed: number;
              bill_date: string;
              bill_rows: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              matched: number;
              unresolved: number;
            };
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
  postAdminCashierStores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
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
          'application/json': {
            id: string;
            merchant_id: string;
            name: string;
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
  postAdminCashierStoresByStoreIdTills: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The store id */
        store_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
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
          'application/json': {
            id: string;
            merchant_id: string;
            name: string;
            store_id: string;
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
  getAdminCashierTills: {
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
            items: {
              id: string;
              name: string;
              tills: {
                id: string;
                name: string;
                store_id: string;
              }[];
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
  postAdminDepositsStatementMatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bill_date: string;
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
            bill_date: string;
            confirmed: string[];
            credits: number;
            ready?: boolean;
            unmatched: {
              amount_fen: number;
              credit_no: string;
              reference: string;
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
  getAdminEcnyExchanges: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'processing' | 'succeeded' | 'failed';
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
            items: {
              account_no_masked: string | null;
              amount_fen: number;
              completed_at: string | null;
              /** @enum {string} */
              core_status: 'none' | 'failed' | 'init' | 'debited' | 'crediting' | 'credited' | 'reversed';
              created_at: string | null;
              /** @enum {string} */
              direction: 'out' | 'back' | 'interest';
              error_code: string | null;
              id: string;
              interest_quarter: string | null;
              operator_id: string;
              /** @enum {string} */
              status: 'failed' | 'processing' | 'succeeded';
              wallet_id_masked: string;
            }[];
            next_cursor: string | null;
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
  getAdminEcnyReconciliation: {
    parameters: {
      query: {
        /** @description Filter or page: bill_date */
        bill_date: string;
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
            bill_date: string;
            matched: boolean;
            operators: {
              batch_id: string;
              lines: {
                matched: boolean;
                msg_tp: string;
                operator: {
                  amount_fen: number;
                  count: number;
                };
                platform: {
                  amount_fen: number;
                  count: number;
                };
                /** @enum {string} */
                status: 'SUCCESS' | 'FAILED';
              }[];
              matched: boolean;
              net: {
                matched: boolean;
                operator_fen: number;
                platform_fen: number;
              };
              operator_id: string;
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
  getAdminEcnySubWallets: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'open' | 'closing' | 'closed';
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
            items: {
              balance_cap_fen: number;
              balance_fen: number;
              closed_at: string | null;
              created_at: string | null;
              id: string;
              incoming_fen: number;
              merchant_id: string;
              name: string;
              operator_id: string;
              parent_id: string;
              per_payment_fen: number;
              /** @enum {string} */
              status: 'open' | 'closing' | 'closed';
              wallet_id_masked: string;
            }[];
            next_cursor: string | null;
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
  getAdminEcnyWallets: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: kind */
        kind?: 'personal' | 'corporate';
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              account_no_masked: string | null;
              created_at: string | null;
              id: string;
              /** @enum {string} */
              kind: 'personal' | 'corporate';
              linked: boolean;
              linked_at: string | null;
              name: string;
              operator_id: string;
              /** @enum {string} */
              status: 'closed' | 'normal' | 'frozen';
              wallet_id_masked: string;
              wallet_level: string;
              wallet_type: string;
            }[];
            next_cursor: string | null;
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
  postAdminEcnyWallets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          account_no: string;
          name: string;
          operator_id?: string;
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
          'application/json': {
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  postAdminEcnyWalletsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  postAdminEcnyWalletsByIdExchanges: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          /** @enum {string} */
          direction: 'out' | 'back';
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
          'application/json': {
            account_no_masked: string | null;
            amount_fen: number;
            completed_at: string | null;
            /** @enum {string} */
            core_status: 'none' | 'failed' | 'init' | 'debited' | 'crediting' | 'credited' | 'reversed';
            created_at: string | null;
            /** @enum {string} */
            direction: 'out' | 'back' | 'interest';
            error_code: string | null;
            id: string;
            interest_quarter: string | null;
            operator_id: string;
            /** @enum {string} */
            status: 'failed' | 'processing' | 'succeeded';
            wallet_id_masked: string;
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
  postAdminEcnyWalletsByIdFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  getAdminEcnyWalletsByIdInterest: {
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
            accruals: {
              closing_balance_fen: number;
              day: string;
              product_fen_days: number;
              rate_bp: number;
              wallet_level: string;
            }[];
            payments: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string | null;
              exchange_id: string | null;
              id: string;
              payment_date: string;
              period_from: string;
              period_to: string;
              product_fen_days: number;
              quarter: string;
              /** @enum {string} */
              status: 'processing' | 'paid' | 'failed' | 'nothing_due' | 'held';
            }[];
            rate_bp: number;
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
  postAdminEcnyWalletsByIdUnfreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  getAdminFunders: {
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
            items: {
              balance_fen: number;
              created_at: string;
              id: string;
              kind: string;
              merchant_id: string | null;
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
  postAdminFunders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'government' | 'bank' | 'merchant';
          merchant_id?: string;
          name: string;
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
          'application/json': {
            balance_fen: number;
            created_at: string;
            id: string;
            kind: string;
            merchant_id: string | null;
            name: string;
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
  getAdminFundersById: {
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
            balance_fen: number;
            created_at: string;
            id: string;
            kind: string;
            merchant_id: string | null;
            name: string;
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
  getAdminFundersByIdDeposits: {
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
            items: {
              amount_fen: number;
              confirmed_at: string | null;
              confirmed_by: string | null;
              created_at: string;
              decision_comment: string | null;
              funder_id: string;
              id: string;
              recorded_by: string;
              reference: string;
              rejected_at: string | null;
              rejected_by: string | null;
              /** @enum {string} */
              source: 'declared' | 'merchant_wallet';
              /** @enum {string} */
              status: 'pending' | 'rejected' | 'confirmed';
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
  postAdminFundersByIdDeposits: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          reference: string;
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
          'application/json': {
            amount_fen: number;
            confirmed_at: string | null;
            confirmed_by: string | null;
            created_at: string;
            decision_comment: string | null;
            funder_id: string;
            id: string;
            recorded_by: string;
            reference: string;
            rejected_at: string | null;
            rejected_by: string | null;
            /** @enum {string} */
            source: 'declared' | 'merchant_wallet';
            /** @enum {string} */
            status: 'pending' | 'rejected' | 'confirmed';
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
  postAdminFundersByIdDepositsByDepositIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The deposit id */
        deposit_id: string;
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            amount_fen: number;
            confirmed_at: string | null;
            confirmed_by: string | null;
            created_at: string;
            decision_comment: string | null;
            funder_id: string;
            id: string;
            recorded_by: string;
            reference: string;
            rejected_at: string | null;
            rejected_by: string | null;
            /** @enum {string} */
            source: 'declared' | 'merchant_wallet';
            /** @enum {string} */
            status: 'pending' | 'rejected' | 'confirmed';
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
  postAdminFundersByIdDepositsByDepositIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The deposit id */
        deposit_id: string;
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
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
            amount_fen: number;
            confirmed_at: string | null;
            confirmed_by: string | null;
            created_at: string;
            decision_comment: string | null;
            funder_id: string;
            id: string;
            recorded_by: string;
            reference: string;
            rejected_at: string | null;
            rejected_by: string | null;
            /** @enum {string} */
            source: 'declared' | 'merchant_wallet';
            /** @enum {string} */
            status: 'pending' | 'rejected' | 'confirmed';
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
  getAdminFundersByIdDepositsExport: {
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
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postAdminFundersByIdWalletDeposits: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
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
          'application/json': {
            amount_fen: number;
            confirmed_at: string | null;
            confirmed_by: string | null;
            created_at: string;
            decision_comment: string | null;
            funder_id: string;
            id: string;
            recorded_by: string;
            reference: string;
            rejected_at: string | null;
            rejected_by: string | null;
            /** @enum {string} */
            source: 'declared' | 'merchant_wallet';
            /** @enum {string} */
            status: 'pending' | 'rejected' | 'confirmed';
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
  getAdminHardWalletAlerts: {
    parameters: {
      query?: {
        /** @description Filter or page: status */
        status?: 'open' | 'resolved';
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
            items: {
              created_at: string;
              from_seq: number | null;
              id: string;
              kind: string;
              resolved_at: string | null;
              status: string;
              terminal_no: string;
              to_seq: number | null;
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
  getAdminHardWalletBatches: {
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
            items: components['schemas']['HardWalletBatch'][];
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
  postAdminHardWalletBatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beg_no: string;
          cos_version: string;
          deposit_fen: number;
          end_no: string;
          issuer: string;
          key_version: number;
          /** @enum {string} */
          media_type: 'card' | 'visual_card' | 'wearable' | 'sim';
          valid_until: string;
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
          'application/json': components['schemas']['HardWalletBatch'];
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
  postAdminHardWalletBatchesByIdPersonalize: {
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
          'application/json': components['schemas']['HardWalletBatch'];
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
  getAdminHardWalletBlacklist: {
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
            cards: string[];
            version: number;
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
  getAdminHardWalletCards: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: string;
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
            items: components['schemas']['HardWalletCard'][];
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
  postAdminHardWalletCardsByIdBind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          soft_wallet_id: string;
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
          'application/json': components['schemas']['HardWalletCard'];
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
  postAdminHardWalletCardsByIdCancel: {
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
            card: components['schemas']['HardWalletCard'];
            unload_order_id: string | null;
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
  postAdminHardWalletCardsByIdCounterLoads: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          deposit_account?: string;
          /** @enum {string} */
          funding: 'cash' | 'deposit';
          location_id: string;
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
          'application/json': components['schemas']['HardWalletOrder'];
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
  postAdminHardWalletCardsByIdFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          frozen: boolean;
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
          'application/json': components['schemas']['HardWalletCard'];
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
  postAdminHardWalletCardsByIdLoss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'temp' | 'formal';
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
          'application/json': components['schemas']['HardWalletCard'];
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
  postAdminHardWalletCardsByIdLossRevert: {
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
          'application/json': components['schemas']['HardWalletCard'];
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
  getAdminHardWalletCardsByIdOrders: {
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
            items: components['schemas']['HardWalletOrder'][];
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
  postAdminHardWalletCardsByIdOrders: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          /** @enum {string} */
          direction: 'load' | 'unload';
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
          'application/json': components['schemas']['HardWalletOrder'];
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
  postAdminHardWalletCardsByIdRefundRetry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          soft_wallet_id?: string;
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
          'application/json': components['schemas']['HardWalletCard'];
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
  postAdminHardWalletCardsByIdReplace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          location_id: string;
          new_card_no: string;
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
            old: components['schemas']['HardWalletCard'];
            replacement: components['schemas']['HardWalletCard'];
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
  postAdminHardWalletCardsIssue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          card_no: string;
          /** @enum {string} */
          holder_kind: 'real_name' | 'anonymous';
          holder_name?: string;
          holder_user_id?: string;
          /** @enum {string} */
          kyc_level: '1' | '2' | '3' | '4' | 'anon';
          location_id: string;
          soft_wallet_id?: string;
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
          'application/json': components['schemas']['HardWalletCard'];
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
  getAdminHardWalletCounterLoadsByIdReceipt: {
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
          'application/json': components['schemas']['HardWalletCounterLoadReceipt'];
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
  getAdminHardWalletDistributions: {
    parameters: {
      query?: {
        /** @description Filter or page: status */
        status?: 'created' | 'in_transit' | 'received' | 'discrepancy' | 'cancelled';
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
            items: components['schemas']['HardWalletDistribution'][];
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
  postAdminHardWalletDistributions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beg_no?: string;
          end_no?: string;
          from_location: string;
          note?: string;
          quantity?: number;
          to_location: string;
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
          'application/json': components['schemas']['HardWalletDistribution'];
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
  postAdminHardWalletDistributionsByIdCancel: {
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
          'application/json': components['schemas']['HardWalletDistribution'];
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
  postAdminHardWalletDistributionsByIdDispatch: {
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
          'application/json': components['schemas']['HardWalletDistribution'];
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
  postAdminHardWalletDistributionsByIdReceive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          missing_card_nos?: string[];
          note?: string;
          received_count: number;
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
          'application/json': components['schemas']['HardWalletDistribution'];
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
  postAdminHardWalletDistributionsByIdResolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          missing_card_nos?: string[];
          note: string;
          /** @enum {string} */
          outcome: 'found' | 'write_off';
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
          'application/json': components['schemas']['HardWalletDistribution'];
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
  getAdminHardWalletExceptions: {
    parameters: {
      query?: {
        /** @description Filter or page: status */
        status?: 'open' | 'proposed' | 'accepted' | 'rejected';
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
            items: components['schemas']['HardWalletException'][];
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
  postAdminHardWalletExceptionsByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
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
          'application/json': components['schemas']['HardWalletException'];
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
  postAdminHardWalletExceptionsByIdProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
          /** @enum {string} */
          proposal: 'accept' | 'reject';
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
          'application/json': components['schemas']['HardWalletException'];
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
  getAdminHardWalletLocations: {
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
            items: components['schemas']['HardWalletLocation'][];
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
  postAdminHardWalletLocations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'branch' | 'vending';
          name: string;
          terminal_id?: string;
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
          'application/json': components['schemas']['HardWalletLocation'];
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
  getAdminHardWalletMerchantOptions: {
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
            items: {
              id: string;
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
  getAdminHardWalletOfflineBatches: {
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
            items: {
              accepted: number;
              batch_no: number;
              duplicates: number;
              id: string;
              received_at: string;
              records: number;
              rejected: number;
              terminal_no: string;
              upload_no: number;
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
  getAdminHardWalletParams: {
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
            defaults: {
              [key: string]: number;
            };
            items: {
              balance_max_fen: number;
              floor_fen: number;
              id: string;
              issuer: string;
              kyc_level: string;
              media_type: string;
              no_pin_max_fen: number;
              offline_count_max: number;
              offline_cum_max_fen: number;
              offline_single_max_fen: number;
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
  getAdminHardWalletStock: {
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
            in_transit: number;
            items: {
              available: number;
              by_status: {
                [key: string]: number;
              };
              location: components['schemas']['HardWalletLocation'];
              reserved: number;
            }[];
            missing: number;
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
  getAdminHardWalletTerminals: {
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
            items: components['schemas']['HardWalletTerminal'][];
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
  postAdminHardWalletTerminals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'pos' | 'canteen_pos' | 'vending' | 'door';
          merchant_id: string;
          org_id?: string;
          store_name: string;
          terminal_no: string;
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
          'application/json': {
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
            terminal_key: string;
            terminal_no: string;
            unuploaded_count: number;
            whitelist_version: number;
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
  postAdminHardWalletTerminalsRollout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'pos' | 'canteen_pos' | 'vending' | 'door';
          percent: number;
          version: string;
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
            of: number;
            targeted: number;
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
  getAdminIdentityReviews: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'pending' | 'resolved';
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
            items: {
              claimant: {
                phone: string | null;
                user_id: string;
              };
              created_at: string;
              decision: ('keep_holder' | 'grant_claimant' | 'share') | null;
              holder: {
                phone: string | null;
                user_id: string;
              };
              id: string;
              id_number: string;
              note: string | null;
              real_name: string;
              resolved_at: string | null;
              resolved_by: string | null;
              /** @enum {string} */
              status: 'pending' | 'resolved';
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
  postAdminIdentityReviewsByReviewIdResolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The review id */
        review_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'keep_holder' | 'grant_claimant' | 'share';
          note: string;
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
            /** @enum {string} */
            decision: 'keep_holder' | 'grant_claimant' | 'share';
            id: string;
            status: string;
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
  getAdminLedgerAlerts: {
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
            last_check: {
              balanced: boolean;
              checked_at: string;
              issues: string[];
            } | null;
            open_bank_order_exceptions: number;
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
  getAdminLedgerCheck: {
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
            balanced: boolean;
            campaigns: {
              balanced: boolean;
              budget_fen: number;
              campaign_id: string;
              claims: number;
              granted_claims_fen: number;
              granted_fen: number;
              issues: string[];
              name: string;
              reserved_fen: number;
              returned_fen: number;
              spent_fen: number;
              status: string;
              stock_taken: number;
            }[];
            checked_at: string;
            total_fen: number;
            unbalanced_postings: {
              sum_fen: number;
              txn_id: string;
            }[];
          } & {
            [key: string]: {
              balanced: boolean;
              issues: string[];
            } & {
              [key: string]: unknown;
            };
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
  getAdminMerchantApplications: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'submitted' | 'approved' | 'rejected';
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
            items: {
              applied_by: string;
              category: string;
              contact_phone_masked: string;
              created_at: string | null;
              decided_at: string | null;
              id: string;
              legal_name: string;
              licence_no: string;
              merchant_id: string | null;
              name: string;
              review_comment: string | null;
              reviewed_by: string | null;
              settlement_account_no_masked: string;
              /** @enum {string} */
              status: 'submitted' | 'approved' | 'rejected';
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
  postAdminMerchantApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          category: string;
          contact_phone: string;
          legal_name: string;
          licence_no: string;
          name: string;
          settlement_account_no: string;
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
          'application/json': {
            applied_by: string;
            category: string;
            contact_phone_masked: string;
            created_at: string | null;
            decided_at: string | null;
            id: string;
            legal_name: string;
            licence_no: string;
            merchant_id: string | null;
            name: string;
            review_comment: string | null;
            reviewed_by: string | null;
            settlement_account_no_masked: string;
            /** @enum {string} */
            status: 'submitted' | 'approved' | 'rejected';
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
  postAdminMerchantApplicationsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            applied_by: string;
            category: string;
            contact_phone_masked: string;
            created_at: string | null;
            decided_at: string | null;
            id: string;
            legal_name: string;
            licence_no: string;
            merchant_id: string | null;
            name: string;
            review_comment: string | null;
            reviewed_by: string | null;
            settlement_account_no_masked: string;
            /** @enum {string} */
            status: 'submitted' | 'approved' | 'rejected';
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
  postAdminMerchantApplicationsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            applied_by: string;
            category: string;
            contact_phone_masked: string;
            created_at: string | null;
            decided_at: string | null;
            id: string;
            legal_name: string;
            licence_no: string;
            merchant_id: string | null;
            name: string;
            review_comment: string | null;
            reviewed_by: string | null;
            settlement_account_no_masked: string;
            /** @enum {string} */
            status: 'submitted' | 'approved' | 'rejected';
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
  getAdminMerchants: {
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
            items: {
              category: string;
              created_at: string;
              id: string;
              name: string;
              payable_fen: number;
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
  postAdminMerchants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          category: string;
          name: string;
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
          'application/json': {
            category: string;
            created_at: string;
            id: string;
            name: string;
            payable_fen: number;
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
  putAdminMerchantsByIdWallet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          wallet_id: string;
        };
      };
    };
    responses: {
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              wallet_fingerprint: string | null;
              wallet_id: string | null;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminMerchantsByIdWalletChangesByChangeIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The change id */
        change_id: string;
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              wallet_fingerprint: string | null;
              wallet_id: string | null;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminMerchantsByIdWalletChangesByChangeIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The change id */
        change_id: string;
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              wallet_fingerprint: string | null;
              wallet_id: string | null;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  getAdminMerchantsWalletChanges: {
    parameters: {
      query?: {
        /** @description Filter or page: merchant_id */
        merchant_id?: string;
        /** @description Filter or page: status */
        status?: 'pending' | 'approved' | 'rejected';
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
            items: {
              created_at: string;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                wallet_fingerprint: string | null;
                wallet_id: string | null;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
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
  postAdminParkDepositsByIdConfirm: {
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
            amount_fen: number;
            created_at: string;
            id: string;
            org_id: string;
            reference: string;
            status: string;
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
  getAdminParkOrgs: {
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
            items: components['schemas']['ParkOrg'][];
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
  postAdminParkOrgs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          departments: string[];
          name: string;
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
          'application/json': components['schemas']['ParkOrg'];
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
  postAdminParkOrgsByIdCanteens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          merchant_id: string;
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
          'application/json': components['schemas']['ParkOrg'];
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
  postAdminParkOrgsByIdDeposits: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          reference: string;
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
          'application/json': {
            amount_fen: number;
            created_at: string;
            id: string;
            org_id: string;
            reference: string;
            status: string;
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
  getAdminParkOrgsByIdStaff: {
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
            items: components['schemas']['ParkStaff'][];
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
  postAdminParkOrgsByIdStaff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          card_no: string;
          department_id: string;
          location_id?: string;
          name: string;
          soft_wallet_id: string;
          user_id?: string;
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
          'application/json': components['schemas']['ParkStaff'];
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
  getAdminParkOrgsByIdWhitelist: {
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
            cards: string[];
            version: number;
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
  postAdminParkStaffByIdOffboard: {
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
            staff: components['schemas']['ParkStaff'];
            unload_order_id: string | null;
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
  getAdminParkSubsidyRuns: {
    parameters: {
      query?: {
        /** @description Filter or page: org_id */
        org_id?: string;
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
            items: components['schemas']['ParkSubsidyRun'][];
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
  postAdminParkSubsidyRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_per_staff_fen: number;
          month: string;
          org_id: string;
          /** @enum {string} */
          return_rule: 'return' | 'carry';
          windows?: {
            end: string;
            start: string;
          }[];
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
          'application/json': components['schemas']['ParkSubsidyRun'];
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
  postAdminParkSubsidyRunsByIdApprove: {
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
          'application/json': components['schemas']['ParkSubsidyRun'];
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
  postAdminParkSubsidyRunsByIdClose: {
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
          'application/json': components['schemas']['ParkSubsidyRun'];
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
  getAdminParkingExceptions: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'open' | 'resolved';
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
            items: {
              created_at: string;
              detail: string;
              event_id: string | null;
              id: string;
              /** @enum {string} */
              kind: 'no_plate' | 'low_confidence' | 'unmatched_exit' | 'unpaid_exit' | 'misread_matched';
              lane_id: string | null;
              lane_name: string | null;
              lot_id: string;
              plate: string | null;
              resolution_note: string | null;
              resolved_at: string | null;
              resolved_by: string | null;
              resolved_by_name: string | null;
              session_id: string | null;
              /** @enum {string} */
              status: 'open' | 'resolved';
            }[];
            next_cursor: string | null;
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
  postAdminParkingExceptionsByExceptionIdResolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exception id */
        exception_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
          /** @default false */
          open_gate?: boolean;
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
            gate_command: {
              command_id: string;
              delivered: boolean;
            } | null;
            id: string;
            status: string;
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
  getAdminParkingLots: {
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
            items: {
              address: string;
              cars_inside: number;
              free_exit_minutes: number;
              gate_url: string | null;
              id: string;
              lanes: components['schemas']['ParkingLane'][];
              merchant_id: string;
              name: string;
              tariff_id: string;
              tariff_name: string;
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
  patchAdminParkingLotsByLotId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lot id */
        lot_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          free_exit_minutes?: number;
          tariff_id?: string;
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
            address: string;
            free_exit_minutes: number;
            id: string;
            merchant_id: string;
            name: string;
            pending_tariff_change: {
              created_at: string;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                [key: string]: unknown;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
            } | null;
            tariff_id: string;
          };
        };
      };
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string;
            free_exit_minutes: number;
            id: string;
            merchant_id: string;
            name: string;
            pending_tariff_change: {
              created_at: string;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                [key: string]: unknown;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
            } | null;
            tariff_id: string;
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
  getAdminParkingLotsByLotIdDailyReport: {
    parameters: {
      query: {
        /** @description Filter or page: day */
        day: string;
      };
      header?: never;
      path: {
        /** @description The lot id */
        lot_id: string;
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
            by_channel: {
              [key: string]: {
                discount_fen: number;
                fee_fen: number;
                paid_fen: number;
                payments: number;
              };
            };
            coupon_discount_fen: number;
            day: string;
            entries: number;
            exceptions: number;
            exit_fees_fen: number;
            exits: number;
            fee_collected_fen: number;
            lot: components['schemas']['ParkingLot'];
            offline_exits: number;
            paid_by_drivers_fen: number;
            payments: number;
            unpaid_fen: number;
            unpaid_sessions: number;
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
  postAdminParkingLotsByLotIdTariffChangesByChangeIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The change id */
        change_id: string;
        /** @description The lot id */
        lot_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  postAdminParkingLotsByLotIdTariffChangesByChangeIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The change id */
        change_id: string;
        /** @description The lot id */
        lot_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            created_at: string;
            decided_at: string | null;
            decided_by: string | null;
            decision_comment: string | null;
            id: string;
            kind: string;
            payload: {
              [key: string]: unknown;
            };
            proposed_by: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            summary: string;
            target_id: string | null;
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
  getAdminParkingPayments: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'processing' | 'succeeded' | 'failed';
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
            items: {
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
              plate: string;
              priced_until: string | null;
              session_id: string;
              /** @enum {string} */
              status: 'failed' | 'processing' | 'succeeded';
            }[];
            next_cursor: string | null;
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
  getAdminParkingPaymentsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'processing' | 'succeeded' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  getAdminParkingSessions: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
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
            items: {
              covered_fen: number;
              discount_fen: number;
              entry_at: string;
              exit_at: string | null;
              exit_offline: boolean;
              fee_fen: number;
              id: string;
              lot_id: string;
              paid_until: string | null;
              plate: string;
              plate_color: string;
              /** @enum {string} */
              status: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
              /** @enum {string} */
              vehicle_class: 'small' | 'large' | 'new_energy';
            }[];
            next_cursor: string | null;
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
  postAdminParkingSessionsBySessionIdRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The session id */
        session_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
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
            gate_command: {
              command_id: string;
              delivered: boolean;
            } | null;
            session_id: string;
            status: string;
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
  getAdminParkingSessionsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  getAdminParkingTariffChanges: {
    parameters: {
      query?: {
        /** @description Filter or page: lot_id */
        lot_id?: string;
        /** @description Filter or page: status */
        status?: 'pending' | 'approved' | 'rejected';
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
            items: {
              created_at: string;
              decided_at: string | null;
              decided_by: string | null;
              decision_comment: string | null;
              id: string;
              kind: string;
              payload: {
                [key: string]: unknown;
              };
              proposed_by: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              summary: string;
              target_id: string | null;
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
  getAdminParkingTariffs: {
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
            items: {
              billing_day_start: string;
              cap_24h_fen?: number;
              day: {
                end: string;
                first_hour_unit_price_fen?: number;
                holiday_unit_price_fen?: number;
                start: string;
                unit_price_fen: number;
              };
              grace: {
                counts_if_exceeded: boolean;
                minutes: number;
              };
              holidays: string[];
              id: string;
              name: string;
              night: {
                cap_fen?: number;
                unit_price_fen: number;
              };
              unit_minutes: number;
              vehicle_classes: {
                large: {
                  price_pct: number;
                };
                new_energy: {
                  discount_pct: number;
                  free_minutes: number;
                };
                small: {
                  price_pct: number;
                };
              };
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
  postAdminParkingTariffsPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          entry_at: string;
          /** Format: date-time */
          exit_at: string;
          tariff?: {
            billing_day_start: string;
            cap_24h_fen?: number;
            day: {
              end: string;
              first_hour_unit_price_fen?: number;
              holiday_unit_price_fen?: number;
              start: string;
              unit_price_fen: number;
            };
            grace: {
              counts_if_exceeded: boolean;
              minutes: number;
            };
            /** @default [] */
            holidays?: string[];
            name: string;
            night: {
              cap_fen?: number;
              unit_price_fen: number;
            };
            unit_minutes: number;
            /**
             * @default {
             *       "small": {
             *         "price_pct": 100
             *       },
             *       "large": {
             *         "price_pct": 200
             *       },
             *       "new_energy": {
             *         "free_minutes": 0,
             *         "discount_pct": 0
             *       }
             *     }
             */
            vehicle_classes?: {
              /**
               * @default {
               *       "price_pct": 200
               *     }
               */
              large?: {
                /** @default 200 */
                price_pct?: number;
              };
              /**
               * @default {
               *       "free_minutes": 0,
               *       "discount_pct": 0
               *     }
               */
              new_energy?: {
                /** @default 0 */
                discount_pct?: number;
                /** @default 0 */
                free_minutes?: number;
              };
              /**
               * @default {
               *       "price_pct": 100
               *     }
               */
              small?: {
                /** @default 100 */
                price_pct?: number;
              };
            };
          };
          tariff_id?: string;
          /**
           * @default small
           * @enum {string}
           */
          vehicle_class?: 'small' | 'large' | 'new_energy';
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
            adjustments: {
              detail: string;
              fen?: number;
              /** @enum {string} */
              kind: 'vehicle_class' | 'grace' | 'new_energy_free' | 'new_energy_discount';
            }[];
            billed_from: string | null;
            breakdown: components['schemas']['BillingDayLine'][];
            fee_fen: number;
            minutes: number;
            tariff_name: string;
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
  getAdminPayments: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: purpose */
        purpose?: 'payout' | 'settlement' | 'parking' | 'topup';
        /** @description Filter or page: status */
        status?: string;
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
            items: {
              amount_fen: number;
              attempts: number;
              bank_trade_no: string | null;
              campaign_id: string | null;
              /** @enum {string} */
              channel: 'topup' | 'payment' | 'transfer' | 'ecny' | 'ecny_subwallet' | 'refund';
              completed_at: string | null;
              created_at: string;
              generation: number;
              /** @enum {string} */
              kind: 'standard' | 'red_packet';
              last_error: string | null;
              next_attempt_at: string | null;
              out_trade_no: string;
              /** @enum {string} */
              purpose:
                | 'payout'
                | 'settlement'
                | 'parking'
                | 'topup'
                | 'ecny_exchange'
                | 'ecny_subwallet'
                | 'cashier'
                | 'cashier_refund'
                | 'funding';
              ref_id: string;
              /** @enum {string} */
              status: 'pending' | 'awaiting_wallet' | 'in_flight' | 'paid' | 'failed' | 'dead' | 'cancelled';
              user_id: string | null;
              wallet_id: string | null;
            }[];
            next_cursor: string | null;
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
  postAdminPaymentsByOutTradeNoCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The out trade no */
        out_trade_no: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
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
            amount_fen: number;
            attempts: number;
            bank_trade_no: string | null;
            campaign_id: string | null;
            /** @enum {string} */
            channel: 'topup' | 'payment' | 'transfer' | 'ecny' | 'ecny_subwallet' | 'refund';
            completed_at: string | null;
            created_at: string;
            generation: number;
            /** @enum {string} */
            kind: 'standard' | 'red_packet';
            last_error: string | null;
            next_attempt_at: string | null;
            out_trade_no: string;
            /** @enum {string} */
            purpose:
              | 'payout'
              | 'settlement'
              | 'parking'
              | 'topup'
              | 'ecny_exchange'
              | 'ecny_subwallet'
              | 'cashier'
              | 'cashier_refund'
              | 'funding';
            ref_id: string;
            /** @enum {string} */
            status: 'pending' | 'awaiting_wallet' | 'in_flight' | 'paid' | 'failed' | 'dead' | 'cancelled';
            user_id: string | null;
            wallet_id: string | null;
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
  postAdminPaymentsByOutTradeNoRetry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The out trade no */
        out_trade_no: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
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
            amount_fen: number;
            attempts: number;
            bank_trade_no: string | null;
            campaign_id: string | null;
            /** @enum {string} */
            channel: 'topup' | 'payment' | 'transfer' | 'ecny' | 'ecny_subwallet' | 'refund';
            completed_at: string | null;
            created_at: string;
            generation: number;
            /** @enum {string} */
            kind: 'standard' | 'red_packet';
            last_error: string | null;
            next_attempt_at: string | null;
            out_trade_no: string;
            /** @enum {string} */
            purpose:
              | 'payout'
              | 'settlement'
              | 'parking'
              | 'topup'
              | 'ecny_exchange'
              | 'ecny_subwallet'
              | 'cashier'
              | 'cashier_refund'
              | 'funding';
            ref_id: string;
            /** @enum {string} */
            status: 'pending' | 'awaiting_wallet' | 'in_flight' | 'paid' | 'failed' | 'dead' | 'cancelled';
            user_id: string | null;
            wallet_id: string | null;
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
  getAdminPaymentsDeadLetter: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: purpose */
        purpose?: 'payout' | 'settlement' | 'parking' | 'topup';
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
            items: {
              amount_fen: number;
              attempts: number;
              bank_trade_no: string | null;
              campaign_id: string | null;
              /** @enum {string} */
              channel: 'topup' | 'payment' | 'transfer' | 'ecny' | 'ecny_subwallet' | 'refund';
              completed_at: string | null;
              created_at: string;
              generation: number;
              /** @enum {string} */
              kind: 'standard' | 'red_packet';
              last_error: string | null;
              next_attempt_at: string | null;
              out_trade_no: string;
              /** @enum {string} */
              purpose:
                | 'payout'
                | 'settlement'
                | 'parking'
                | 'topup'
                | 'ecny_exchange'
                | 'ecny_subwallet'
                | 'cashier'
                | 'cashier_refund'
                | 'funding';
              ref_id: string;
              /** @enum {string} */
              status: 'pending' | 'awaiting_wallet' | 'in_flight' | 'paid' | 'failed' | 'dead' | 'cancelled';
              user_id: string | null;
              wallet_id: string | null;
            }[];
            next_cursor: string | null;
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
  getAdminPaymentsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: purpose */
        purpose?: 'payout' | 'settlement' | 'parking' | 'topup';
        /** @description Filter or page: status */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postAdminPrepaidChainVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
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
            broken_at: number | null;
            checked_at: string | null;
            head: string | null;
            length: number;
            ok: boolean;
            reported_head: string;
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
  getAdminPrepaidContracts: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: string;
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
            items: {
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
  getAdminPrepaidContractsByContractId: {
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
          'application/json': {
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
            instructions: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string;
              error_code: string | null;
              id: string;
              reason: string | null;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed';
              /** @enum {string} */
              type: 'lock' | 'release' | 'refund';
            }[];
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
  postAdminPrepaidContractsByContractIdWriteOffs: {
    parameters: {
      query?: never;
      header?: never;
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
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
  getAdminPrepaidMerchant: {
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
            merchant: {
              applied_by: string;
              closure_notice_at: string | null;
              created_at: string | null;
              /** @enum {string} */
              credit_status: 'normal' | 'dishonest' | 'abnormal';
              /** @enum {string} */
              escrow_tier: 'scale' | 'group' | 'brand';
              licence_since: string;
              merchant_id: string;
              name: string;
              revenue_last_year_fen: number;
              review_comment: string | null;
              reviewed_by: string | null;
              rule_id: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'closed';
            } | null;
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
  postAdminPrepaidMerchantApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          credit_status: 'normal' | 'dishonest' | 'abnormal';
          /** @enum {string} */
          escrow_tier: 'scale' | 'group' | 'brand';
          licence_since: string;
          revenue_last_year_fen: number;
          rule_id: string;
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
          'application/json': {
            applied_by: string;
            closure_notice_at: string | null;
            created_at: string | null;
            /** @enum {string} */
            credit_status: 'normal' | 'dishonest' | 'abnormal';
            /** @enum {string} */
            escrow_tier: 'scale' | 'group' | 'brand';
            licence_since: string;
            merchant_id: string;
            name: string;
            revenue_last_year_fen: number;
            review_comment: string | null;
            reviewed_by: string | null;
            rule_id: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'closed';
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
  getAdminPrepaidMerchants: {
    parameters: {
      query?: {
        /** @description Filter or page: status */
        status?: 'pending' | 'approved' | 'rejected' | 'closed';
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
            items: {
              applied_by: string;
              closure_notice_at: string | null;
              created_at: string | null;
              /** @enum {string} */
              credit_status: 'normal' | 'dishonest' | 'abnormal';
              /** @enum {string} */
              escrow_tier: 'scale' | 'group' | 'brand';
              licence_since: string;
              merchant_id: string;
              name: string;
              revenue_last_year_fen: number;
              review_comment: string | null;
              reviewed_by: string | null;
              rule_id: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'closed';
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
  postAdminPrepaidMerchantsByMerchantIdReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The merchant id */
        merchant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
          comment: string;
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
            applied_by: string;
            closure_notice_at: string | null;
            created_at: string | null;
            /** @enum {string} */
            credit_status: 'normal' | 'dishonest' | 'abnormal';
            /** @enum {string} */
            escrow_tier: 'scale' | 'group' | 'brand';
            licence_since: string;
            merchant_id: string;
            name: string;
            revenue_last_year_fen: number;
            review_comment: string | null;
            reviewed_by: string | null;
            rule_id: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'closed';
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
  getAdminPrepaidProducts: {
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
  postAdminPrepaidProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              kind: 'class_pack';
              name: string;
              terms?: string;
              unit_price_fen: number;
              units: number;
            }
          | {
              duration_days: number;
              /** @constant */
              kind: 'membership';
              name: string;
              price_fen: number;
              terms?: string;
            }
          | {
              face_value_fen: number;
              gift_fen: number;
              /** @constant */
              kind: 'stored_value';
              name: string;
              terms?: string;
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
          'application/json': {
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
  getAdminPrepaidProposals: {
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
            items: {
              /** @enum {string} */
              action: 'freeze' | 'unfreeze' | 'close';
              created_at: string | null;
              decided_at: string | null;
              decided_by: string | null;
              id: string;
              merchant_id: string;
              proposed_by: string;
              reason: string;
              /** @enum {string} */
              status: 'proposed' | 'applying' | 'approved' | 'rejected';
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
  postAdminPrepaidProposals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'freeze' | 'unfreeze' | 'close';
          merchant_id: string;
          reason: string;
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
          'application/json': {
            /** @enum {string} */
            action: 'freeze' | 'unfreeze' | 'close';
            created_at: string | null;
            decided_at: string | null;
            decided_by: string | null;
            id: string;
            merchant_id: string;
            proposed_by: string;
            reason: string;
            /** @enum {string} */
            status: 'proposed' | 'applying' | 'approved' | 'rejected';
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
  postAdminPrepaidProposalsByProposalIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The proposal id */
        proposal_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
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
            /** @enum {string} */
            action: 'freeze' | 'unfreeze' | 'close';
            created_at: string | null;
            decided_at: string | null;
            decided_by: string | null;
            id: string;
            merchant_id: string;
            proposed_by: string;
            reason: string;
            /** @enum {string} */
            status: 'proposed' | 'applying' | 'approved' | 'rejected';
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
  getAdminPrepaidRules: {
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
            items: {
              id: string;
              name: string;
              region: string;
              rule: {
                [key: string]: unknown;
              };
              sector: string;
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
  getAdminPrepaidSupervision: {
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
            merchants: {
              alerts: {
                code: string;
                message: string;
              }[];
              closure_notice_at: string | null;
              complaints: number;
              contracts: number;
              coverage_pct: number;
              frozen_contracts: number;
              last_write_off_at: string | null;
              liability_fen: number;
              live_contracts: number;
              merchant_id: string;
              name: string;
              paid_fen: number;
              refunded_fen: number;
              released_30d_fen: number;
              released_fen: number;
              releases_30d: number;
              required_escrow_pct: number;
              retained_fen: number;
              revenue_cap_fen: number;
              rule_id: string;
              status: string;
            }[];
            totals: {
              alerts: number;
              paid_fen: number;
              refunded_fen: number;
              released_fen: number;
              retained_fen: number;
            };
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
  getAdminReconciliationReports: {
    parameters: {
      query?: {
        /** @description Filter or page: bill_date */
        bill_date?: string;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              bill_date: string;
              created_at: string;
              id: string;
              status: string;
              summary: unknown;
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
  getAdminReconciliationReportsById: {
    parameters: {
      query?: {
        /** @description Filter or page: mismatches */
        mismatches?: 'true' | 'false';
      };
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
            bill_date: string;
            created_at: string;
            created_by: string;
            id: string;
            items: {
              bank_amount_fen: number | null;
              /** @enum {string} */
              class:
                'matched' | 'missing_on_platform' | 'amount_differs' | 'ledger_differs' | 'missing_at_bank';
              note: string | null;
              out_trade_no: string;
              platform_amount_fen: number | null;
              /** @enum {string} */
              resolution: 'none' | 'auto_confirmed' | 'unresolved' | 'explained';
              type: string;
            }[];
            status: string;
            summary: unknown;
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
  getAdminReconciliationReportsByIdCsv: {
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
      /** @description The report's lines as CSV, to download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postAdminReconciliationRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bill_date: string;
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
          'application/json': {
            bill_date: string;
            created_at: string;
            created_by: string;
            id: string;
            items: {
              bank_amount_fen: number | null;
              /** @enum {string} */
              class:
                'matched' | 'missing_on_platform' | 'amount_differs' | 'ledger_differs' | 'missing_at_bank';
              note: string | null;
              out_trade_no: string;
              platform_amount_fen: number | null;
              /** @enum {string} */
              resolution: 'none' | 'auto_confirmed' | 'unresolved' | 'explained';
              type: string;
            }[];
            status: string;
            summary: unknown;
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
  getAdminRiskLists: {
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
            items: {
              created_at: string;
              id: string;
              list: string;
              reason: string | null;
              subject_type: string;
              value: string;
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
  postAdminRiskLists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          list: 'block' | 'allow';
          reason?: string;
          /** @enum {string} */
          subject_type: 'user' | 'device' | 'ip';
          value: string;
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
          'application/json': {
            created_at: string;
            id: string;
            /** @enum {string} */
            list: 'block' | 'allow';
            reason?: string;
            /** @enum {string} */
            subject_type: 'user' | 'device' | 'ip';
            value: string;
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
  deleteAdminRiskListsById: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  getAdminRiskReviews: {
    parameters: {
      query?: {
        /** @description Filter or page: campaign_id */
        campaign_id?: string;
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
            items: {
              amount_fen: number;
              campaign_id: string;
              campaign_name: string | null;
              claim_id: string;
              created_at: string;
              facts: {
                [key: string]: unknown;
              } | null;
              phone: string | null;
              reasons: string[];
              risk_version: number | null;
              user_id: string;
            }[];
            next_cursor: string | null;
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
  postAdminRiskReviewsDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          claim_ids: string[];
          comment?: string;
          /** @enum {string} */
          decision: 'approve' | 'reject';
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
            items: {
              claim_id: string;
              status: string;
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
  getAdminRiskReviewsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: campaign_id */
        campaign_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  getAdminRuleFacts: {
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
            decisions: {
              eligibility: string[];
              risk: string[];
            };
            eligibility: {
              fact: string;
              operators: string[];
              /** @enum {string} */
              type: 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]';
            }[];
            risk: {
              fact: string;
              operators: string[];
              /** @enum {string} */
              type: 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]';
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
  postAdminRuleSetsValidate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          definition: {
            [key: string]: unknown;
          };
          /**
           * @default eligibility
           * @enum {string}
           */
          kind?: 'eligibility' | 'risk';
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
            issues: {
              message: string;
              path: string;
            }[];
            ok: boolean;
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
  getAdminSettlements: {
    parameters: {
      query?: {
        /** @description Filter or page: bill_date */
        bill_date?: string;
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: merchant_id */
        merchant_id?: string;
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
            items: components['schemas']['Settlement'][];
            next_cursor: string | null;
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
  getAdminSettlementsExport: {
    parameters: {
      query?: {
        /** @description Filter or page: bill_date */
        bill_date?: string;
        /** @description Filter or page: merchant_id */
        merchant_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows as CSV (UTF-8 with a BOM, masked for the caller) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postAdminSettlementsRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bill_date: string;
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
            bill_date: string;
            items: components['schemas']['Settlement'][];
            next_cursor: string | null;
            skipped: {
              merchant_id: string;
              reason: string;
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
  getAdminTransitDeskActions: {
    parameters: {
      query?: {
        /** @description Filter or page: journey_id */
        journey_id?: string;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              action: string;
              amount_fen: number;
              created_at: string;
              details: {
                [key: string]: unknown;
              };
              id: string;
              journey_id: string | null;
              operator_id: string;
              reason: string;
              user_id: string | null;
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
  postAdminTransitDeskActions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              action: 'add_missing_tap';
              /** Format: date-time */
              at: string;
              journey_id: string;
              reason: string;
              station_id: string;
            }
          | {
              /** @constant */
              action: 'waive';
              journey_id: string;
              reason: string;
            }
          | {
              /** @constant */
              action: 'set_rider_category';
              reason: string;
              rider_category: string;
              user_id: string;
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
          'application/json': {
            items: {
              action: string;
              amount_fen: number;
              created_at: string;
              details: {
                [key: string]: unknown;
              };
              id: string;
              journey_id: string | null;
              operator_id: string;
              reason: string;
              user_id: string | null;
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
  getAdminTransitFareVersions: {
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
            items: {
              created_at: string;
              created_by: string;
              decided_at: string | null;
              decided_by: string | null;
              hash: string;
              note: string | null;
              /** @enum {string} */
              status: 'draft' | 'active' | 'retired' | 'rejected';
              version: number;
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
  postAdminTransitFareVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          network: {
            lines: {
              area: string;
              id: string;
              /** @enum {string} */
              kind: 'metro' | 'apm' | 'tram';
              name: string;
              operator_merchant_id: string;
              segments_m: number[];
              stations: string[];
            }[];
            name: string;
            stations: {
              id: string;
              name: string;
            }[];
          };
          note?: string;
          rules: {
            bands: {
              from_m: number;
              step_fen: number;
              step_m: number;
              to_m: number | null;
            }[];
            base_fen: number;
            base_m: number;
            /** @constant */
            currency: 'CNY';
            day_tickets: {
              areas: string[];
              id: string;
              last_exit_hours: number;
              name: string;
              price_fen: number;
              valid_hours: number;
            }[];
            distance_areas: string[];
            flat_areas: {
              [key: string]: number;
            };
            max_minutes: number;
            max_single_fen: number | null;
            rider_categories: {
              id: string;
              name: string;
              percent: number;
            }[];
          };
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
          'application/json': {
            created_at: string;
            created_by: string;
            decided_at: string | null;
            decided_by: string | null;
            hash: string;
            note: string | null;
            /** @enum {string} */
            status: 'draft' | 'active' | 'retired' | 'rejected';
            version: number;
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
  postAdminTransitFareVersionsByVersionDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The version */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
          comment: string;
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
            created_at: string;
            created_by: string;
            decided_at: string | null;
            decided_by: string | null;
            hash: string;
            note: string | null;
            /** @enum {string} */
            status: 'draft' | 'active' | 'retired' | 'rejected';
            version: number;
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
  getAdminTransitFaresGtfs: {
    parameters: {
      query?: {
        /** @description Filter or page: version */
        version?: number;
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
            fare_version: number;
            files: {
              [key: string]: string;
            };
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
  postAdminTransitFaresPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          journey: {
            day_ticket?: {
              product_id: string;
              valid_from: string | null;
            } | null;
            entry: {
              /** Format: date-time */
              at: string;
              station: string;
            } | null;
            exit: {
              /** Format: date-time */
              at: string;
              station: string;
            } | null;
            onboard?: {
              /** Format: date-time */
              at: string;
              station: string;
            } | null;
            /** @default adult */
            rider_category?: string;
          };
          version?: number;
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
  getAdminTransitFigures: {
    parameters: {
      query: {
        /** @description Filter or page: day */
        day: string;
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
            day: string;
            items: {
              journeys: number;
              owed_fen: number;
              paid_fen: number;
              priced_fen: number;
              station: string;
              station_name: string;
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
  getAdminTransitGates: {
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
            blacklist_version: number;
            items: {
              blacklist_behind: number;
              blacklist_version: number;
              created_at: string;
              id: string;
              /** @enum {string} */
              kind: 'entry' | 'exit' | 'onboard';
              last_sync_at: string | null;
              last_upload_at: string | null;
              station_id: string;
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
  postAdminTransitGates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'entry' | 'exit' | 'onboard';
          station_id: string;
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
          'application/json': {
            id: string;
            kind: string;
            secret: string;
            station_id: string;
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
  getAdminTransitJourneys: {
    parameters: {
      query?: {
        /** @description Filter or page: day */
        day?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: station */
        station?: string;
        /** @description Filter or page: status */
        status?: 'settled' | 'charging' | 'paid' | 'debt' | 'waived';
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
            items: {
              breakdown: {
                amount_fen: number;
                code: string;
                label: string;
              }[];
              created_at: string;
              day_ticket_id: string | null;
              debt_since: string | null;
              entered_at: string | null;
              entry_station: string | null;
              entry_station_name: string | null;
              exit_station: string | null;
              exit_station_name: string | null;
              exited_at: string | null;
              fare_fen: number;
              fare_version: number;
              full_fare_fen: number;
              id: string;
              kind: string;
              owed_fen: number;
              paid_fen: number;
              rider_category: string;
              rule: string;
              /** @enum {string} */
              status: 'settled' | 'charging' | 'paid' | 'debt' | 'waived';
              user_id: string | null;
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
  getAdminTransitNetwork: {
    parameters: {
      query?: {
        /** @description Filter or page: version */
        version?: number;
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
  getAdminTransitTvmTickets: {
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
            items: {
              created_at: string;
              fare_fen: number;
              fare_version: number;
              from_station: string;
              id: string;
              order_id: string;
              refund_id: string | null;
              request_no: string;
              /** @enum {string} */
              status:
                'awaiting_payment' | 'paid' | 'issued' | 'dispense_failed' | 'refunded' | 'closed' | 'used';
              ticket_code: string | null;
              to_station: string;
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
  getAdminTransitTvms: {
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
            items: {
              created_at: string;
              dispense_failed: number;
              id: string;
              last_ticket_at: string | null;
              station_id: string;
              tickets: number;
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
  postAdminTransitTvms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          station_id: string;
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
          'application/json': {
            id: string;
            secret: string;
            station_id: string;
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
  postAuthOtp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          phone: string;
        };
      };
    };
    responses: {
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            expires_in_s: number;
            resend_after_s: number;
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
  postAuthOtpVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          phone: string;
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
            expires_at: string | null;
            token: string;
            user: {
              created_at: string;
              id: string;
              id_number: string | null;
              phone: string | null;
              real_name: string | null;
              verified: boolean;
              wechat_bound: boolean;
            };
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
  postAuthWechat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
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
            expires_at: string | null;
            token: string;
            user: {
              created_at: string;
              id: string;
              id_number: string | null;
              phone: string | null;
              real_name: string | null;
              verified: boolean;
              wechat_bound: boolean;
            };
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
  postCallbacksBankWallet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          created_at: string;
          event_id: string;
          event_type: string;
          resource: {
            [key: string]: unknown;
          };
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
          'application/json':
            | {
                /** @constant */
                status: 'duplicate';
              }
            | {
                /** @enum {string} */
                status: 'applied' | 'ignored';
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
  postCallbacksCashierByChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The channel */
        channel: 'wechat' | 'alipay' | 'card';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description the channel's own acknowledgement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': unknown;
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
  postCallbacksEcnyOperatorByOperatorId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The operator id */
        operator_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          body: {
            amount_fen: number;
            completed_at?: string | null;
            reject_code?: string | null;
            reject_reason?: string | null;
            status: string;
            trade_no: string;
          } & {
            [key: string]: unknown;
          };
          head: {
            msg_id: string;
            msg_tp: string;
            sender: string;
            version: string;
          } & {
            [key: string]: unknown;
          };
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
            msg_tp: string;
            ref_msg_id: string;
            result: string;
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
  postCallbacksEscrow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
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
            applied: boolean;
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
  getCampaigns: {
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
            items: components['schemas']['Campaign'][];
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
  getCampaignsById: {
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
          'application/json': components['schemas']['Campaign'];
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
  postCampaignsByIdClaimTokens: {
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
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claim_token: string;
            expires_at: string | null;
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
  postCampaignsByIdClaims: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel?: 'weapp' | 'h5' | 'app' | 'api';
          device_id?: string;
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
          'application/json': components['schemas']['Claim'];
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
  getMe: {
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
          'application/json': components['schemas']['Me'];
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
  getMeCampaigns: {
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
            items: {
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
              mine: components['schemas']['ClaimPreview'];
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
  getMeCampaignsByIdEligibility: {
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
          'application/json': components['schemas']['ClaimPreview'];
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
  getMeCampaignsByIdReminder: {
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
          'application/json': components['schemas']['CampaignReminder'];
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
  putMeCampaignsByIdReminder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default sms
           * @enum {string}
           */
          channel?: 'sms' | 'wechat';
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
          'application/json': components['schemas']['CampaignReminder'];
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
  deleteMeCampaignsByIdReminder: {
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
          'application/json': components['schemas']['CampaignReminder'];
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
  getMeCashierOrdersByOrderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order id */
        order_id: string;
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
            channels: {
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              label: string;
              subsidy_eligible: boolean;
            }[];
            merchant_name: string;
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
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
  postMeCashierOrdersByOrderIdPay: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The order id */
        order_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          card_token?: string;
          /** @enum {string} */
          channel: 'ecny' | 'wechat' | 'alipay' | 'card';
          coupon_code?: string;
          payment_token?: string;
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
          'application/json': {
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            payment: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              mode: 'code' | 'app';
              order_amount_fen: number;
              pay_params: {
                [key: string]: string;
              } | null;
              /** @enum {string} */
              status: 'paid' | 'failed' | 'paying' | 'closed';
            };
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
  getMeCashierPaymentsByPaymentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The payment id */
        payment_id: string;
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
            order: {
              amount_fen: number;
              channel: ('ecny' | 'wechat' | 'alipay' | 'card') | null;
              created_at: string | null;
              description: string;
              discount_fen: number;
              expires_at: string | null;
              id: string;
              merchant_id: string;
              out_trade_no: string;
              paid_at: string | null;
              paid_fen: number;
              refunded_fen: number;
              /** @enum {string} */
              status:
                'paid' | 'created' | 'paying' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';
              till_id: string | null;
            };
            payment: {
              amount_fen: number;
              /** @enum {string} */
              channel: 'ecny' | 'wechat' | 'alipay' | 'card';
              completed_at: string | null;
              created_at: string | null;
              discount_fen: number;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              mode: 'code' | 'app';
              order_amount_fen: number;
              pay_params: {
                [key: string]: string;
              } | null;
              /** @enum {string} */
              status: 'paid' | 'failed' | 'paying' | 'closed';
            };
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
  getMeClaims: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'granted' | 'held' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';
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
            items: components['schemas']['Claim'][];
            next_cursor: string | null;
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
  getMeClaimsByClaimId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim id */
        claim_id: string;
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
          'application/json': components['schemas']['Claim'];
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
  getMeCoupons: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
        /** @description Filter or page: status */
        status?: 'granted' | 'held' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';
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
            items: components['schemas']['Claim'][];
            next_cursor: string | null;
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
  getMeEcnyExchanges: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              account_no_masked: string | null;
              amount_fen: number;
              completed_at: string | null;
              /** @enum {string} */
              core_status: 'none' | 'failed' | 'init' | 'debited' | 'crediting' | 'credited' | 'reversed';
              created_at: string | null;
              /** @enum {string} */
              direction: 'out' | 'back' | 'interest';
              error_code: string | null;
              id: string;
              interest_quarter: string | null;
              operator_id: string;
              /** @enum {string} */
              status: 'failed' | 'processing' | 'succeeded';
              wallet_id_masked: string;
            }[];
            next_cursor: string | null;
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
  postMeEcnyExchanges: {
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
          /** @enum {string} */
          direction: 'out' | 'back';
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
          'application/json': {
            account_no_masked: string | null;
            amount_fen: number;
            completed_at: string | null;
            /** @enum {string} */
            core_status: 'none' | 'failed' | 'init' | 'debited' | 'crediting' | 'credited' | 'reversed';
            created_at: string | null;
            /** @enum {string} */
            direction: 'out' | 'back' | 'interest';
            error_code: string | null;
            id: string;
            interest_quarter: string | null;
            operator_id: string;
            /** @enum {string} */
            status: 'failed' | 'processing' | 'succeeded';
            wallet_id_masked: string;
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
  getMeEcnySubWallets: {
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
            items: {
              balance_cap_fen: number;
              balance_fen: number;
              closed_at: string | null;
              created_at: string | null;
              id: string;
              incoming_fen: number;
              merchant_id: string;
              name: string;
              operator_id: string;
              parent_id: string;
              per_payment_fen: number;
              /** @enum {string} */
              status: 'open' | 'closing' | 'closed';
              wallet_id_masked: string;
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
  postMeEcnySubWallets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          balance_cap_fen: number;
          merchant_id: string;
          name?: string;
          per_payment_fen: number;
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
          'application/json': {
            balance_cap_fen: number;
            balance_fen: number;
            closed_at: string | null;
            created_at: string | null;
            id: string;
            incoming_fen: number;
            merchant_id: string;
            name: string;
            operator_id: string;
            parent_id: string;
            per_payment_fen: number;
            /** @enum {string} */
            status: 'open' | 'closing' | 'closed';
            wallet_id_masked: string;
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
  postMeEcnySubWalletsByIdClose: {
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
            move: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string | null;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'fund' | 'pay' | 'close';
              merchant_id: string | null;
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
              sub_wallet_id: string;
            };
            sub_wallet: {
              balance_cap_fen: number;
              balance_fen: number;
              closed_at: string | null;
              created_at: string | null;
              id: string;
              incoming_fen: number;
              merchant_id: string;
              name: string;
              operator_id: string;
              parent_id: string;
              per_payment_fen: number;
              /** @enum {string} */
              status: 'open' | 'closing' | 'closed';
              wallet_id_masked: string;
            };
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
  postMeEcnySubWalletsByIdFund: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
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
          'application/json': {
            move: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string | null;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'fund' | 'pay' | 'close';
              merchant_id: string | null;
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
              sub_wallet_id: string;
            };
            sub_wallet: {
              balance_cap_fen: number;
              balance_fen: number;
              closed_at: string | null;
              created_at: string | null;
              id: string;
              incoming_fen: number;
              merchant_id: string;
              name: string;
              operator_id: string;
              parent_id: string;
              per_payment_fen: number;
              /** @enum {string} */
              status: 'open' | 'closing' | 'closed';
              wallet_id_masked: string;
            };
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
  getMeEcnySubWalletsByIdMoves: {
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
            items: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string | null;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'fund' | 'pay' | 'close';
              merchant_id: string | null;
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
              sub_wallet_id: string;
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
  postMeEcnySubWalletsByIdPayments: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          merchant_id: string;
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
          'application/json': {
            move: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string | null;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'fund' | 'pay' | 'close';
              merchant_id: string | null;
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
              sub_wallet_id: string;
            };
            sub_wallet: {
              balance_cap_fen: number;
              balance_fen: number;
              closed_at: string | null;
              created_at: string | null;
              id: string;
              incoming_fen: number;
              merchant_id: string;
              name: string;
              operator_id: string;
              parent_id: string;
              per_payment_fen: number;
              /** @enum {string} */
              status: 'open' | 'closing' | 'closed';
              wallet_id_masked: string;
            };
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
  getMeEcnyWallet: {
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
          'application/json':
            | {
                account_no_masked: string | null;
                balance_fen: number;
                created_at: string | null;
                id: string;
                /** @enum {string} */
                kind: 'personal' | 'corporate';
                limits: {
                  balance_fen: number;
                  daily_fen: number;
                  per_payment_fen: number;
                  yearly_fen: number;
                } | null;
                linked: boolean;
                linked_at: string | null;
                name: string;
                /** @constant */
                opened: true;
                operator_id: string;
                /** @enum {string} */
                status: 'closed' | 'normal' | 'frozen';
                wallet_id_masked: string;
                wallet_level: string;
                wallet_type: string;
              }
            | {
                /** @constant */
                opened: false;
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
  postMeEcnyWallet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          account_no?: string;
          operator_id?: string;
          phone?: string;
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
          'application/json': {
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  postMeEcnyWalletLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          account_no: string;
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
            account_no_masked: string | null;
            created_at: string | null;
            id: string;
            /** @enum {string} */
            kind: 'personal' | 'corporate';
            linked: boolean;
            linked_at: string | null;
            name: string;
            operator_id: string;
            /** @enum {string} */
            status: 'closed' | 'normal' | 'frozen';
            wallet_id_masked: string;
            wallet_level: string;
            wallet_type: string;
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
  getMeHardWalletOrdersById: {
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
          'application/json': components['schemas']['HardWalletOrder'];
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
  getMeHardWallets: {
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
            items: components['schemas']['HardWalletCard'][];
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
  postMeHardWalletsByIdLoss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'temp' | 'formal';
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
          'application/json': components['schemas']['HardWalletCard'];
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
  getMeHardWalletsByIdOrders: {
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
            items: components['schemas']['HardWalletOrder'][];
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
  postMeHardWalletsByIdOrders: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          /** @enum {string} */
          direction: 'load' | 'unload';
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
          'application/json': components['schemas']['HardWalletOrder'];
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
  postMeIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id_number: string;
          real_name: string;
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
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Accepted (waits for a second person, or for the bank) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
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
  getMeParkSubsidy: {
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
            balance_fen: number;
            items: {
              amount_fen: number;
              at: string;
              id: string;
              /** @enum {string} */
              kind: 'grant' | 'spend' | 'return';
              note: string;
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
  getMeParkingPayments: {
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
            items: components['schemas']['ParkingPayment'][];
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
  getMeParkingPaymentsByPaymentIdReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The payment id */
        payment_id: string;
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
          'application/json': components['schemas']['ParkingReceipt'];
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
  getMeParkingPlates: {
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
            items: components['schemas']['ParkingPlate'][];
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
  postMeParkingPlates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          plate: string;
          /** @enum {string} */
          plate_color?: 'blue' | 'green' | 'yellow' | 'white' | 'black';
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
          'application/json': components['schemas']['ParkingPlate'];
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
  deleteMeParkingPlatesByPlateId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plate id */
        plate_id: string;
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
            id: string;
            removed: boolean;
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
  putMeParkingPlatesByPlateIdSeamless: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plate id */
        plate_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          agreement_accepted?: true;
          enabled: boolean;
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
          'application/json': components['schemas']['ParkingPlate'];
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
  postMeParkingPlatesByPlateIdVerification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plate id */
        plate_id: string;
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
          'application/json': components['schemas']['ParkingPlate'];
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
  getMeParkingSessions: {
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
            current: components['schemas']['LiveSession'][];
            history: {
              covered_fen: number;
              discount_fen: number;
              entry_at: string;
              exit_at: string | null;
              exit_offline: boolean;
              fee_fen: number;
              id: string;
              lot_id: string;
              lot_name: string;
              paid_until: string | null;
              plate: string;
              plate_color: string;
              /** @enum {string} */
              status: 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';
              /** @enum {string} */
              vehicle_class: 'small' | 'large' | 'new_energy';
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
  getMeParkingSessionsBySessionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The session id */
        session_id: string;
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
          'application/json': components['schemas']['LiveSession'];
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
  postMeParkingSessionsBySessionIdPayments: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The session id */
        session_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          coupon_code?: string;
          expected_due_fen?: number;
          payment_token?: string;
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
          'application/json': components['schemas']['ParkingPayResult'];
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
  getMePartnerConsents: {
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
            items: {
              app_id: string;
              app_name: string | null;
              granted_at: string;
              id: string;
              operations: string[];
              org_name: string | null;
              revoked_at: string | null;
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
  postMePartnerConsents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          app_id: string;
          operations: string[];
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
          'application/json': {
            app_id: string;
            app_name: string | null;
            granted_at: string;
            id: string;
            operations: string[];
            org_name: string | null;
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
  postMePartnerConsentsByIdConfirmations: {
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
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            expires_at: string;
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
  postMePartnerConsentsByIdRevocation: {
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
            app_id: string;
            app_name: string | null;
            granted_at: string;
            id: string;
            operations: string[];
            org_name: string | null;
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
  getMePaymentPin: {
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
          'application/json': components['schemas']['PaymentPinStatus'];
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
  postMePaymentPin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          old_pin?: string;
          pin: string;
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
          'application/json': components['schemas']['PaymentPinStatus'];
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
  postMePaymentPinVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          pin: string;
          /** @enum {string} */
          purpose: 'topup' | 'parking' | 'cashier';
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
          'application/json': {
            amount_fen: number;
            expires_at: string;
            payment_token: string;
            /** @enum {string} */
            purpose: 'topup' | 'parking' | 'cashier';
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
  getMePrepaidContracts: {
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
            items: {
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
  postMePrepaidContracts: {
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
          product_id: string;
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
          'application/json': {
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
  getMePrepaidContractsByContractId: {
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
          'application/json': {
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
            instructions: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string;
              error_code: string | null;
              id: string;
              reason: string | null;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed';
              /** @enum {string} */
              type: 'lock' | 'release' | 'refund';
            }[];
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
  postMePrepaidContractsByContractIdPay: {
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
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            order: {
              id: string;
              paid_fen: number;
              status: string;
            } & {
              [key: string]: unknown;
            };
            payment: {
              amount_fen: number;
              id: string;
              status: string;
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
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
  postMePrepaidContractsByContractIdRefund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The contract id */
        contract_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cooling_off?: boolean;
          expected_refund_fen: number;
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
            contract_id: string;
            refund_fen: number;
            status: string;
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
  getMePrepaidContractsByContractIdRefundQuote: {
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
          'application/json': {
            blocked_by: string | null;
            consumed_fen: number;
            contract_id: string;
            /** @enum {string} */
            kind: 'cooling_off' | 'termination';
            paid_fen: number;
            refund_fen: number;
            refundable: boolean;
            total_units: number;
            used_units: number;
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
  postMePrepaidContractsByContractIdWriteOffsByWriteOffIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The contract id */
        contract_id: string;
        /** @description The write off id */
        write_off_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
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
  postMePrepaidContractsByContractIdWriteOffsByWriteOffIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The contract id */
        contract_id: string;
        /** @description The write off id */
        write_off_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
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
  getMeTransit: {
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
            agreement_no: string | null;
            agreement_signed_at: string | null;
            debt_fen: number;
            debts: number;
            enrolled: boolean;
            rider_category: string | null;
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
  postMeTransitAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          agreement_accepted: true;
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
            agreement_no: string | null;
            agreement_signed_at: string | null;
            rider_category: string;
            wallet_bound: boolean;
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
  deleteMeTransitAgreement: {
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
            agreement_no: string | null;
            agreement_signed_at: string | null;
            rider_category: string;
            wallet_bound: boolean;
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
  getMeTransitDayTickets: {
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
            items: {
              created_at: string;
              id: string;
              last_exit_by: string | null;
              name: string;
              order_id: string;
              paid_at: string | null;
              price_fen: number;
              product_id: string;
              state: string;
              /** @enum {string} */
              status: 'awaiting_payment' | 'valid' | 'closed';
              valid_from: string | null;
              valid_until: string | null;
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
  postMeTransitDayTickets: {
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
          product_id: string;
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
          'application/json': {
            qr_payload: string;
            ticket: {
              created_at: string;
              id: string;
              last_exit_by: string | null;
              name: string;
              order_id: string;
              paid_at: string | null;
              price_fen: number;
              product_id: string;
              state: string;
              /** @enum {string} */
              status: 'awaiting_payment' | 'valid' | 'closed';
              valid_from: string | null;
              valid_until: string | null;
            };
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
  getMeTransitJourneys: {
    parameters: {
      query?: {
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              breakdown: {
                amount_fen: number;
                code: string;
                label: string;
              }[];
              created_at: string;
              day_ticket_id: string | null;
              debt_since: string | null;
              entered_at: string | null;
              entry_station: string | null;
              entry_station_name: string | null;
              exit_station: string | null;
              exit_station_name: string | null;
              exited_at: string | null;
              fare_fen: number;
              fare_version: number;
              full_fare_fen: number;
              id: string;
              kind: string;
              owed_fen: number;
              paid_fen: number;
              rider_category: string;
              rule: string;
              /** @enum {string} */
              status: 'settled' | 'charging' | 'paid' | 'debt' | 'waived';
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
  getMeTransitJourneysByJourneyId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The journey id */
        journey_id: string;
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
            charges: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'agreement' | 'debt';
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
            }[];
            journey: {
              breakdown: {
                amount_fen: number;
                code: string;
                label: string;
              }[];
              created_at: string;
              day_ticket_id: string | null;
              debt_since: string | null;
              entered_at: string | null;
              entry_station: string | null;
              entry_station_name: string | null;
              exit_station: string | null;
              exit_station_name: string | null;
              exited_at: string | null;
              fare_fen: number;
              fare_version: number;
              full_fare_fen: number;
              id: string;
              kind: string;
              owed_fen: number;
              paid_fen: number;
              rider_category: string;
              rule: string;
              /** @enum {string} */
              status: 'settled' | 'charging' | 'paid' | 'debt' | 'waived';
            };
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
  postMeTransitJourneysByJourneyIdPay: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
      path: {
        /** @description The journey id */
        journey_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            charge: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              kind: 'agreement' | 'debt';
              /** @enum {string} */
              status: 'processing' | 'succeeded' | 'failed';
            };
            journey_id: string;
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
  getMeTransitRideCode: {
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
            code: string | null;
            debt_fen: number;
            expires_at: string | null;
            expires_in_s: number | null;
            reason: string | null;
            /** @enum {string} */
            status: 'ok' | 'blocked';
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
  getMeWallet: {
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
          'application/json': components['schemas']['Wallet'];
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
  getMeWalletBill: {
    parameters: {
      query?: {
        /** @description Filter or page: kind */
        kind?: 'red_packet' | 'topup' | 'parking';
        /** @description Filter or page: month */
        month?: string;
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
            in_fen: number;
            items: {
              amount_fen: number;
              at: string | null;
              /** @enum {string} */
              direction: 'in' | 'out';
              id: string;
              /** @enum {string} */
              kind: 'red_packet' | 'topup' | 'parking';
              title: string;
            }[];
            kind: ('red_packet' | 'topup' | 'parking') | null;
            month: string;
            out_fen: number;
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
  postMeWalletBindings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          phone: string;
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
          'application/json': {
            binding_id: string;
            otp_expires_at: string | null;
            phone_masked: string;
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
  postMeWalletBindingsByBindingIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The binding id */
        binding_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          otp: string;
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
          'application/json': components['schemas']['Wallet'];
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
  getMeWalletTopups: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              amount_fen: number;
              completed_at: string | null;
              created_at: string;
              error_code: string | null;
              id: string;
              /** @enum {string} */
              status: 'failed' | 'processing' | 'succeeded';
            }[];
            next_cursor: string | null;
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
  postMeWalletTopups: {
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
          payment_token?: string;
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
          'application/json': {
            amount_fen: number;
            completed_at: string | null;
            created_at: string;
            error_code: string | null;
            id: string;
            /** @enum {string} */
            status: 'failed' | 'processing' | 'succeeded';
            wallet: components['schemas']['Wallet'];
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
  getMerchantCouponRedemptions: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: string;
        /** @description Filter or page: limit */
        limit?: number;
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
            items: {
              campaign_id: string;
              claim_id: string;
              coupon_code: string;
              created_at: string;
              discount_fen: number;
              id: string;
              merchant_id: string;
              order_amount_fen: number;
              order_no: string;
              payable_fen: number;
              refunded_at: string | null;
              status: string;
            }[];
            next_cursor: string | null;
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
  postMerchantCouponRedemptions: {
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
          coupon_code: string;
          order_amount_fen: number;
          order_no: string;
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
          'application/json': {
            campaign_id: string;
            claim_id: string;
            coupon_code: string;
            created_at: string;
            discount_fen: number;
            id: string;
            merchant_id: string;
            order_amount_fen: number;
            order_no: string;
            payable_fen: number;
            refunded_at: string | null;
            status: string;
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
  postMerchantCouponRedemptionsByIdRefund: {
    parameters: {
      query?: never;
      header: {
        /** @description Same key + same body replays the first response; another body → 422; in flight → 409. */
        'Idempotency-Key': string;
      };
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
            campaign_id: string;
            claim_id: string;
            coupon_code: string;
            coupon_status: string;
            created_at: string;
            discount_fen: number;
            id: string;
            merchant_id: string;
            order_amount_fen: number;
            order_no: string;
            payable_fen: number;
            refunded_at: string | null;
            status: string;
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
  getMerchantCouponsByCode: {
    parameters: {
      query: {
        /** @description Filter or page: order_amount_fen */
        order_amount_fen: number;
      };
      header?: never;
      path: {
        /** @description The code */
        code: string;
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
            coupon_code: string;
            discount_fen: number;
            order_amount_fen: number;
            payable_fen: number;
            status: string;
            use_end_at: string;
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
  postParkingGateEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          captured_at: string;
          confidence: number;
          /** @enum {string} */
          direction: 'entry' | 'exit';
          event_id: string;
          lane_id: string;
          offline: boolean;
          plate: string | null;
          plate_color: ('blue' | 'green' | 'yellow' | 'white' | 'black') | null;
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
            /** @enum {string} */
            action: 'open' | 'hold';
            display: string;
            due_fen?: number;
            event_id: string;
            fee_fen?: number;
            session_id: string | null;
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
  getParkingLots: {
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
            items: components['schemas']['ParkingLot'][];
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
  getParkingLotsByLotIdSession: {
    parameters: {
      query: {
        /** @description Filter or page: plate */
        plate: string;
      };
      header?: never;
      path: {
        /** @description The lot id */
        lot_id: string;
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
          'application/json': components['schemas']['LiveSession'];
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
  getPartnerApixApps: {
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
            items: components['schemas']['ApixApp'][];
            org_name: string | null;
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
  getPartnerApixAppsById: {
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
            api_keys: {
              /** @enum {string} */
              algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              revealed: boolean;
              revoked_at: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
            callback_url: string | null;
            created_at: string;
            credentials: {
              created_at: string;
              /** @enum {string} */
              environment: 'sandbox' | 'production';
              public_key: string | null;
              revoked_at: string | null;
              /** @enum {string} */
              scheme: 'SM2' | 'RSA' | 'HMAC';
              secret_hint: string | null;
              serial_no: string;
              /** @enum {string} */
              status: 'active' | 'revoked';
            }[];
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
  postPartnerApixAppsByIdApiKeysBySerialReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id */
        id: string;
        /** @description The serial */
        serial: string;
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
            /** @enum {string} */
            algorithm: 'AEAD_SM4_GCM' | 'AEAD_AES_256_GCM';
            api_key: string;
            created_at: string;
            /** @enum {string} */
            environment: 'sandbox' | 'production';
            revealed: boolean;
            revoked_at: string | null;
            serial_no: string;
            /** @enum {string} */
            status: 'active' | 'revoked';
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
  getPartnerApixAppsByIdCalls: {
    parameters: {
      query?: {
        /** @description Filter or page: cursor */
        cursor?: number;
        /** @description Filter or page: limit */
        limit?: number;
      };
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
            items: {
              app_id: string | null;
              created_at: string;
              environment: string | null;
              id: string;
              ip: string;
              latency_ms: number;
              method: string;
              operation_code: string | null;
              params: unknown;
              path: string;
              request_id: string;
              retain_until: string;
              status: number;
              verdict: string;
            }[];
            next_cursor: string | null;
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
  getPartnerApixAppsByIdDeliveries: {
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
            items: {
              attempts: number;
              created_at: string;
              delivered_at: string | null;
              endpoint_id: string;
              event_id: string;
              event_type: string;
              id: string;
              last_error: string | null;
              last_status_code: number | null;
              next_attempt_at: string | null;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed';
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
  getPartnerApixAppsByIdEndpoints: {
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
            items: {
              app_id: string;
              created_at: string;
              disabled_reason: string | null;
              event_types: string[];
              id: string;
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              url: string;
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
  getPartnerApixAppsByIdQuotaUsage: {
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
            items: {
              calls: number;
              operation_code: string | null;
              verdict: string;
            }[];
            since: string;
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
  getPrepaidProducts: {
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
  postTerminalsCardSales: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          card_no: string;
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
          'application/json': components['schemas']['HardWalletCard'];
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
  postTerminalsHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          batch_no: number;
          blacklist_version: number;
          param_version: number;
          program_version: string;
          unuploaded_count: number;
          whitelist_version: number;
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
            blacklist: {
              add: string[];
              remove: string[];
              version: number;
            } | null;
            server_time: string;
            target_program_version: string | null;
            whitelist: {
              add: string[];
              remove: string[];
              version: number;
            } | null;
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
  postTerminalsOfflineBatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          batch_no: number;
          records: {
            amount_fen: number;
            balance_after_fen: number;
            balance_before_fen: number;
            card_no: string;
            /** Format: date-time */
            occurred_at: string;
            offline_counter: number;
            online_counter: number;
            tac: string;
            terminal_no: string;
            terminal_seq: number;
          }[];
          upload_no: number;
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
            accepted: number;
            applied: number;
            batch_id: string;
            duplicates: number;
            exceptions: number;
            records: number;
            rejected: {
              card_no: string;
              code: string;
              terminal_seq: number;
            }[];
            waiting: number;
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
  postTerminalsSignOn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          blacklist_version: number;
          param_version: number;
          program_version: string;
          whitelist_version: number;
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
            batch_no: number;
            blacklist: {
              add: string[];
              remove: string[];
              version: number;
            } | null;
            server_time: string;
            session_key: string;
            target_program_version: string | null;
            whitelist: {
              add: string[];
              remove: string[];
              version: number;
            } | null;
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
  postTerminalsSubsidyPayments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_fen: number;
          card_no: string;
          /** Format: date-time */
          occurred_at: string;
          payment_no: string;
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
            amount_fen: number;
            id: string;
            occurred_at: string;
            payment_no: string;
            subsidy_balance_fen: number;
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
  getTransitDayTicketProducts: {
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
          'application/json': components['schemas']['DayTicketProducts'];
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
  postTransitGatesSync: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          blacklist_version: number;
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
            blacklist: {
              changes: {
                /** @enum {string} */
                action: 'add' | 'remove';
                rider_token: string;
                version: number;
              }[];
              complete: boolean;
              version: number;
            };
            fare_version: number;
            keys: {
              kid: string;
              public_pem: string;
            }[];
            server_time: string;
            station_id: string;
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
  postTransitGatesTaps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          batch_id: string;
          taps: {
            code_serial: string;
            /** @enum {string} */
            kind: 'entry' | 'exit' | 'onboard';
            /** @enum {string} */
            media: 'ride_code' | 'tvm_ticket';
            offline: boolean;
            rider_token: string;
            tap_id: string;
            /** Format: date-time */
            tapped_at: string;
          }[];
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
            accepted: number;
            batch_id: string;
            duplicate_batch: boolean;
            duplicates: number;
            journeys: number;
            received: number;
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
  postTransitTvmQuote: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          to_station: string;
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
            distance_m: number;
            fare_fen: number;
            fare_version: number;
            from_station: string;
            to_station: string;
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
  postTransitTvmTickets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          request_no: string;
          to_station: string;
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
            distance_m: number;
            qr_payload: string;
            ticket: {
              created_at: string;
              fare_fen: number;
              fare_version: number;
              from_station: string;
              id: string;
              order_id: string;
              refund_id: string | null;
              request_no: string;
              /** @enum {string} */
              status:
                'awaiting_payment' | 'paid' | 'issued' | 'dispense_failed' | 'refunded' | 'closed' | 'used';
              ticket_code: string | null;
              to_station: string;
            };
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
  postTransitTvmTicketsByTicketIdDispense: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ticket id */
        ticket_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ok: boolean;
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
            ticket: {
              created_at: string;
              fare_fen: number;
              fare_version: number;
              from_station: string;
              id: string;
              order_id: string;
              refund_id: string | null;
              request_no: string;
              /** @enum {string} */
              status:
                'awaiting_payment' | 'paid' | 'issued' | 'dispense_failed' | 'refunded' | 'closed' | 'used';
              ticket_code: string | null;
              to_station: string;
            };
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
  postTransitTvmTicketsByTicketIdPoll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ticket id */
        ticket_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
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
            ticket: {
              created_at: string;
              fare_fen: number;
              fare_version: number;
              from_station: string;
              id: string;
              order_id: string;
              refund_id: string | null;
              request_no: string;
              /** @enum {string} */
              status:
                'awaiting_payment' | 'paid' | 'issued' | 'dispense_failed' | 'refunded' | 'closed' | 'used';
              ticket_code: string | null;
              to_station: string;
            };
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
