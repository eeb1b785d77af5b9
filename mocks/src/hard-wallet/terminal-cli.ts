import { createServer } from 'node:http';
import { readJson, sendJson } from '../shared/faults';
import { TerminalSimulator, type TerminalKind } from './terminal';

// Stand-alone: `npm run mock:terminal` — one terminal, driven over a small control API.
//   TERMINAL_NO, TERMINAL_KEY (shown once when the terminal is registered at the platform; required)
//   TERMINAL_KIND          pos | canteen_pos | vending | door (default pos)
//   PLATFORM_API_URL       default http://127.0.0.1:3000/api/v1
//   HARDWALLET_URL         the card back end (default http://127.0.0.1:4110)
//   TERMINAL_CONTROL_PORT  default 4111
// Control: POST /sign-on, /heartbeat, /tap {"card_no","amount_fen"}, /upload {"shuffle":true,"duplicateRate":0.1},
//          /door {"card_no"}; GET /state
const need = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};
const t = new TerminalSimulator({
  platformUrl: process.env.PLATFORM_API_URL ?? 'http://127.0.0.1:3000/api/v1',
  cardsUrl: process.env.HARDWALLET_URL ?? 'http://127.0.0.1:4110',
  terminalNo: need('TERMINAL_NO'),
  terminalKey: need('TERMINAL_KEY'),
  kind: (process.env.TERMINAL_KIND ?? 'pos') as TerminalKind,
});
const server = createServer((req, res) => {
  void (async () => {
    const body = (req.method === 'POST' ? await readJson(req) : {}) as Record<string, unknown>;
    switch (req.url) {
      case '/sign-on':
        return sendJson(res, 200, await t.signOn());
      case '/heartbeat':
        return sendJson(res, 200, await t.heartbeat());
      case '/tap':
        return sendJson(res, 200, await t.tap(String(body.card_no), Number(body.amount_fen)));
      case '/upload':
        return sendJson(res, 200, await t.upload(body));
      case '/door':
        return sendJson(res, 200, { opened: t.door(String(body.card_no)) });
      case '/state':
        return sendJson(res, 200, { versions: t.versions, pending: t.pending.length, seq: t.seq });
      default:
        return sendJson(res, 404, { code: 'NOT_FOUND' });
    }
  })().catch((err: Error) => sendJson(res, 500, { code: 'ERROR', message: err.message }));
});
const port = Number(process.env.TERMINAL_CONTROL_PORT ?? 4111);
server.listen(port, '127.0.0.1', () =>
  console.log(`terminal simulator ${t.opts.terminalNo}: http://127.0.0.1:${port}`),
);
