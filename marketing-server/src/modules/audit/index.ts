// The door of the audit module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerAuditRoutes } from './routes';
export { auditRange } from './range';
export { SYSTEM_ACTOR, diffObjects, listAudit, recordAudit, type Actor } from './service';

export const auditModule: ModuleDescriptor = {
  name: 'audit',
  migrations: [],
  routes: (kit, { db }) => registerAuditRoutes(kit, db),
};
