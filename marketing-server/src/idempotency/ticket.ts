import type { Sql } from '../db/sql';
import type { IdempotencyStore, StoredResponse } from './store';

/**
 * One request's Idempotency-Key, given to services that move money so they store the response in their
 * own transaction. The status a replay answers is the route's declared success status, fixed when the
 * ticket is made: the service records only the body.
 */
export class IdempotencyTicket {
  saved: StoredResponse | null = null;
  constructor(
    private readonly store: IdempotencyStore,
    readonly scope: string,
    readonly key: string,
    readonly requestHash: string,
    /** The success status of the route (what the first answer and every replay say). */
    readonly status: number,
  ) {}

  async record(sql: Sql, body: unknown, now: Date): Promise<void> {
    const response = { request_hash: this.requestHash, status_code: this.status, body: JSON.stringify(body) };
    await this.store.saveInTx(sql, this.scope, this.key, response, now);
    this.saved = response;
  }
}
