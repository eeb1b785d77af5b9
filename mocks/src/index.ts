export { createWechatMock } from './wechat/server';
export { createSmsMock } from './sms/server';
export type { RunningMock } from './shared/serve';
export { createBankWalletMock } from './bank-wallet/server';
export type { BankWalletMockOptions, BankFaults } from './bank-wallet/server';
export { verifyCallback, signCallback } from './bank-wallet/callbacks';
export { DEFAULT_LIMITS } from './bank-wallet/limits';
export type { LimitTable, LevelLimits } from './bank-wallet/limits';
export { createParkingGateMock } from './parking-gate/server';
export type { ParkingGateMock, ParkingGateMockOptions, PlateEvent, LaneConfig } from './parking-gate/server';
export { createIdentityRegistryMock, SEEDED_IDENTITIES } from './identity-registry/server';
export type { IdentityRegistryMock, IdentityRegistryOptions } from './identity-registry/server';
export { createVehicleRegistryMock } from './vehicle-registry/server';
export type {
  VehicleRegistryMock,
  VehicleRegistryOptions,
  RegisteredVehicle,
} from './vehicle-registry/server';
export { createEcnyOperatorMock, signOperatorNotice } from './ecny-operator/server';
export type {
  EcnyOperatorMock,
  OperatorFaults,
  OperatorSubWallet,
  OperatorWallet,
} from './ecny-operator/server';
export {
  createCoreBankingMock,
  ECNY_CLEARING_ACCOUNT,
  ECNY_INTEREST_EXPENSE_ACCOUNT,
} from './core-banking/server';
export type { CoreBankingMock, CoreAccount, CorePosting } from './core-banking/server';
export { createWechatPayMock, WECHAT_DEFAULT_KEY } from './wechat-pay/server';
export type { WechatPayMock } from './wechat-pay/server';
export { createAlipayMock, ALIPAY_DEFAULT_KEY } from './alipay/server';
export type { AlipayMock } from './alipay/server';
export { createCardAcquirerMock, CARD_DEFAULT_SECRET } from './card-acquirer/server';
export type { CardAcquirerMock } from './card-acquirer/server';
export { createHardWalletMock } from './hard-wallet/server';
export type { HardWalletMock, HardWalletMockOptions } from './hard-wallet/server';
export { TerminalSimulator, shuffle as shuffleRecords } from './hard-wallet/terminal';
export type { TerminalKind, TerminalSimOptions, UploadFaults } from './hard-wallet/terminal';
export { terminalKey as deriveTerminalKey } from './hard-wallet/chip';
export type { OfflineRecord } from './hard-wallet/chip';
export { createExamplePartner, openEnvelope } from './example-partner/server';
export type { ExamplePartner, ReceiverFault, ReceivedEvent } from './example-partner/server';
export {
  createEscrowMock,
  signEscrowNotice,
  ESCROW_DEFAULT_TOKEN,
  ESCROW_DEFAULT_SECRET,
} from './escrow/server';
export type { EscrowMock, EscrowFaults, ContractWallet, EscrowInstruction } from './escrow/server';
export { verifyChain, chainHash, canonicalJson, GENESIS } from './escrow/chain';
export type { ChainEntry, ChainEvent } from './escrow/chain';
export { createTransitGateMock } from './transit-gate/server';
export type { TransitGateMock, TransitGateOptions, GateTap, Verdict } from './transit-gate/server';
export { createTvmMock } from './tvm/server';
export type { TvmMock, TvmOptions } from './tvm/server';
