// The door of the parking module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { startParkingSweeps } from './jobs';
export { displayPlate } from './plates';
export { registerParkingRoutes } from './routes';
export { createParkingService, type ParkingService } from './service';
