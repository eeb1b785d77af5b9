export { compileRuleSet, RuleSetInvalidError, type CompiledRuleSet } from './compile';
export { validateRuleSet, DEFAULT_DECISION_ORDER } from './validate';
export { simulate, type Simulation, type SimulationCase } from './simulate';
export { OPERATOR_NAMES, operatorsFor, unsafePatternReason } from './operators';
export { interpretRuleSet } from './interpret';
export type * from './types';
export type { Facts } from './facts';
