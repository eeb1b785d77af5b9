import { terminalSignature, type OfflineRecord } from './chip';

// A terminal in the field (POS, canteen POS, vending machine, door controller) as the platform sees
// it: it signs on with its terminal key (session key + batch number back), heartbeats with its
// program/parameter/blacklist/whitelist versions and its count of records not yet uploaded (the
// versions it reports are its acknowledgement of the deltas it applied), takes card taps offline
// (the chip signs each record, through the card back end's tap hook) and uploads them in batches —
// late, duplicated or out of order when told to, as real terminals do after a network outage.
// Door controllers decide locally from their versioned whitelist and blacklist.

export type TerminalKind = 'pos' | 'canteen_pos' | 'vending' | 'door';

export type TerminalSimOptions = {
  /** The platform's API base, e.g. http://127.0.0.1:3000/api/v1 */
  platformUrl: string;
  /** The card back end simulator (for the chip's tap hook). */
  cardsUrl: string;
  terminalNo: string;
  /** The terminal key loaded at the factory (shown once at registration). */
  terminalKey: string;
  kind: TerminalKind;
  now?: () => Date;
};

export type UploadFaults = { shuffle?: boolean; duplicateRate?: number; resendAll?: boolean };

export class TerminalSimulator {
  sessionKey: string | null = null;
  batchNo = 0;
  seq = 0;
  uploadNo = 0;
  onlineSeq = 0;
  versions = { program: '1.0.0', param: 0, blacklist: 0, whitelist: 0 };
  blacklist = new Set<string>();
  whitelist = new Set<string>();
  /** Records taken offline and not yet acknowledged by an upload. */
  pending: OfflineRecord[] = [];
  uploaded: OfflineRecord[] = [];
  doorLog: { card_no: string; opened: boolean; at: string }[] = [];

  constructor(readonly opts: TerminalSimOptions) {}

  private now() {
    return (this.opts.now ?? (() => new Date()))();
  }

  private async call(path: string, body: unknown, key: string) {
    const text = JSON.stringify(body);
    const ts = String(Math.floor(this.now().getTime() / 1000));
    const res = await fetch(this.opts.platformUrl + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-terminal-no': this.opts.terminalNo,
        'x-terminal-timestamp': ts,
        'x-terminal-signature': terminalSignature(key, ts, text),
      },
      body: text,
    });
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: res.status, body: json ?? {} };
  }

  async signOn() {
    const r = await this.call('/terminals/sign-on', this.versionBody(), this.opts.terminalKey);
    if (r.status === 200) {
      this.sessionKey = String(r.body.session_key);
      this.batchNo = Number(r.body.batch_no);
    }
    return r;
  }

  private versionBody() {
    return {
      program_version: this.versions.program,
      param_version: this.versions.param,
      blacklist_version: this.versions.blacklist,
      whitelist_version: this.versions.whitelist,
    };
  }

  /** Reports its state; applies the deltas it gets, so the next heartbeat acknowledges them. */
  async heartbeat() {
    if (!this.sessionKey) throw new Error('not signed on');
    const r = await this.call(
      '/terminals/heartbeat',
      { batch_no: this.batchNo, ...this.versionBody(), unuploaded_count: this.pending.length },
      this.sessionKey,
    );
    if (r.status === 200) this.applyDeltas(r.body);
    return r;
  }

  applyDeltas(body: Record<string, unknown>) {
    for (const list of ['blacklist', 'whitelist'] as const) {
      const d = body[list] as { version: number; add: string[]; remove: string[] } | null | undefined;
      if (!d) continue;
      for (const c of d.add) this[list].add(c);
      for (const c of d.remove) this[list].delete(c);
      this.versions[list] = d.version;
    }
    const program = body.target_program_version;
    if (typeof program === 'string') this.versions.program = program;
  }

  /** A card tap at a paying terminal, offline: the chip signs the record, the terminal keeps it. */
  async tap(cardNo: string, amount_fen: number, occurredAt?: Date) {
    if (this.blacklist.has(cardNo)) return { status: 403, body: { code: 'CARD_BLACKLISTED' } };
    const terminal_seq = this.seq + 1;
    const res = await fetch(`${this.opts.cardsUrl}/__mock/cards/${cardNo}/tap`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        terminal_no: this.opts.terminalNo,
        terminal_seq,
        amount_fen,
        occurred_at: (occurredAt ?? this.now()).toISOString(),
      }),
    });
    const body = (await res.json()) as OfflineRecord;
    if (res.status === 200) {
      this.seq = terminal_seq;
      this.pending.push(body);
    }
    return { status: res.status, body };
  }

  /** A badge at a door controller: opens on the whitelist, never for a blacklisted card. */
  door(cardNo: string) {
    const opened = this.whitelist.has(cardNo) && !this.blacklist.has(cardNo);
    this.doorLog.push({ card_no: cardNo, opened, at: this.now().toISOString() });
    return opened;
  }

  /** Uploads what is pending (optionally shuffled, with duplicates, or everything ever taken again). */
  async upload(f: UploadFaults = {}, only?: OfflineRecord[]) {
    if (!this.sessionKey) throw new Error('not signed on');
    let records = only ?? (f.resendAll ? [...this.uploaded, ...this.pending] : [...this.pending]);
    if (f.duplicateRate) {
      const dups = records.filter(() => Math.random() < f.duplicateRate!);
      records = [...records, ...dups];
    }
    if (f.shuffle) records = shuffle(records);
    this.uploadNo++;
    const r = await this.call(
      '/terminals/offline-batches',
      { batch_no: this.batchNo, upload_no: this.uploadNo, records },
      this.sessionKey,
    );
    if (r.status === 200 && !only) {
      this.uploaded.push(...this.pending);
      this.pending = [];
    }
    return r;
  }

  /** Holds back some records (a lost upload): takes them out of pending, returns them for later. */
  holdBack(pick: (r: OfflineRecord) => boolean) {
    const held = this.pending.filter(pick);
    this.pending = this.pending.filter((r) => !pick(r));
    return held;
  }

  /** Canteen subsidy, online: the platform checks the meal window and the merchant. */
  async subsidyPayment(cardNo: string, amount_fen: number, occurredAt?: Date) {
    if (!this.sessionKey) throw new Error('not signed on');
    // Online payments have their own numbers: the offline sequence must stay gap-free.
    this.onlineSeq++;
    return this.call(
      '/terminals/subsidy-payments',
      {
        card_no: cardNo,
        amount_fen,
        payment_no: `${this.opts.terminalNo}-${this.onlineSeq}`,
        occurred_at: (occurredAt ?? this.now()).toISOString(),
      },
      this.sessionKey,
    );
  }

  /** A vending machine dispenses a blank card it holds in stock and sells it as an anonymous card. */
  async sellCard(cardNo: string) {
    if (!this.sessionKey) throw new Error('not signed on');
    return this.call('/terminals/card-sales', { card_no: cardNo }, this.sessionKey);
  }
}

export function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
