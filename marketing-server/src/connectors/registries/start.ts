import {
  createIdentityRegistryMock,
  createVehicleRegistryMock,
  type IdentityRegistryMock,
  type RunningMock,
  type VehicleRegistryMock,
} from 'mocks';
import type { Config } from '../../config';
import { createIdentityRegistryClient, createVehicleRegistryClient } from './client';

/**
 * The registries' clients; in embedded mode (no URL configured) their simulators start in-process,
 * still spoken to over HTTP. The vehicle registry shares the real-name hash key (ID_HASH_SECRET), so
 * the platform never sends an ID number for a plate check.
 */
export async function startRegistries(config: Config, mocks: RunningMock[]) {
  const { apiToken } = config.registries;
  let identityUrl = config.registries.identityUrl;
  let vehicleUrl = config.registries.vehicleUrl;
  let identityMock: IdentityRegistryMock | null = null;
  let vehicleMock: VehicleRegistryMock | null = null;
  if (!identityUrl) {
    identityMock = createIdentityRegistryMock({ apiToken });
    const m = await identityMock.listen();
    mocks.push(m);
    identityUrl = m.url;
  }
  if (!vehicleUrl) {
    vehicleMock = createVehicleRegistryMock({ apiToken, idHashKey: config.idHashSecret });
    const m = await vehicleMock.listen();
    mocks.push(m);
    vehicleUrl = m.url;
  }
  return {
    identity: createIdentityRegistryClient(identityUrl, apiToken),
    vehicles: createVehicleRegistryClient(vehicleUrl, apiToken),
    urls: { identityRegistry: identityUrl, vehicleRegistry: vehicleUrl },
    mocks: identityMock || vehicleMock ? { identity: identityMock, vehicles: vehicleMock } : null,
  };
}
