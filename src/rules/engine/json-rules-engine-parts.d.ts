/**
 * Types for the parts of json-rules-engine the library loads on their own
 * (its package types only the index): the operator table without the
 * Engine, the Almanac and their dependencies.
 */
declare module 'json-rules-engine/dist/operator-map.js' {
  const OperatorMap: unknown;
  export default OperatorMap;
}
declare module 'json-rules-engine/dist/engine-default-operators.js' {
  const operators: unknown;
  export default operators;
}
declare module 'json-rules-engine/dist/engine-default-operator-decorators.js' {
  const decorators: unknown;
  export default decorators;
}
