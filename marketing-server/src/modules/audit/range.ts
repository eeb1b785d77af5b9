import { z } from 'zod';

const time = z.iso.datetime({ offset: true, message: 'must be an RFC 3339 time with offset' });

/** The time range of an audit query (list and export): `from` inclusive, `to` exclusive. */
export const auditRange = {
  from: time.optional(),
  to: time.optional(),
};
