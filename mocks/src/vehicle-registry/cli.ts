import { createIdentityRegistryMock } from '../identity-registry/server';
import { createVehicleRegistryMock } from './server';

// Stand-alone: `npm run mock:vehicle` starts the vehicle registry and the identity registry.
//   VEHICLE_REGISTRY_PORT   default 4105        IDENTITY_REGISTRY_PORT   default 4106
//   REGISTRY_API_TOKEN      the platform's token (default registry-mock-token)
//   ID_HASH_SECRET          the agreed real-name hash key, so __mock/vehicles takes owner_id_number
const apiToken = process.env.REGISTRY_API_TOKEN ?? 'registry-mock-token';
const vehicles = await createVehicleRegistryMock({
  apiToken,
  idHashKey: process.env.ID_HASH_SECRET,
}).listen(Number(process.env.VEHICLE_REGISTRY_PORT ?? 4105));
const identities = await createIdentityRegistryMock({ apiToken }).listen(
  Number(process.env.IDENTITY_REGISTRY_PORT ?? 4106),
);
console.log(
  `vehicle registry simulator:  ${vehicles.url}  (POST /__mock/vehicles {plate, owner_name, owner_id_hash})`,
);
console.log(`identity registry simulator: ${identities.url}  (POST /__mock/identities {name, id_number})`);
