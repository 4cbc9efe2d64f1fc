/**
 * json-rules-engine's own comparison operators, used synchronously.
 *
 * The library walks each rule's conditions itself (three-valued, traced) but
 * compares with the very `Operator` objects json-rules-engine would use, so
 * `equal`, `in`, `contains`, `lessThan`, ... mean exactly what they mean in
 * the engine (`Operator#evaluate` is synchronous; only `Engine.run` is
 * async). The table is built the way json-rules-engine's Engine builds its
 * own (an OperatorMap given the default operators and decorators), from
 * those three modules alone: the Engine would bring its Almanac, JSONPath,
 * an event emitter and a hashing library, about 75 kB of a browser bundle,
 * that the library never uses. The test suite checks the table against a
 * real Engine's.
 */
import * as operatorMapModule from 'json-rules-engine/dist/operator-map.js';
import * as defaultOperatorsModule from 'json-rules-engine/dist/engine-default-operators.js';
import * as defaultDecoratorsModule from 'json-rules-engine/dist/engine-default-operator-decorators.js';

/** What the library needs of a json-rules-engine Operator. */
export interface SyncOperator {
  name: string;
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

interface OperatorTable {
  get(name: string): SyncOperator | null | undefined;
  addOperator(operator: unknown): void;
  addOperatorDecorator(decorator: unknown): void;
}

/**
 * A CommonJS module's `exports.default`, however the importer (Node, a
 * bundler) hands the module over: as the exports object or as its default.
 */
function cjsDefault<T>(namespace: unknown, is: (value: unknown) => boolean): T {
  let value = (namespace as { default?: unknown }).default ?? namespace;
  if (!is(value)) value = (value as { default?: unknown }).default;
  if (!is(value)) throw new Error('json-rules-engine: an operator module has an unexpected shape');
  return value as T;
}

let table: OperatorTable | undefined;

function operatorTable(): OperatorTable {
  if (table) return table;
  const OperatorMap = cjsDefault<new () => OperatorTable>(operatorMapModule, (v) => typeof v === 'function');
  const built = new OperatorMap();
  for (const operator of cjsDefault<unknown[]>(defaultOperatorsModule, Array.isArray)) built.addOperator(operator);
  for (const decorator of cjsDefault<unknown[]>(defaultDecoratorsModule, Array.isArray)) built.addOperatorDecorator(decorator);
  return (table = built);
}

/** The engine's operator called `name` (decorated names such as `everyFact:equal` included); throws if there is none. */
export function engineOperator(name: string): SyncOperator {
  const operator = operatorTable().get(name);
  if (!operator) throw new Error(`Unknown json-rules-engine operator: ${name}`);
  return operator;
}
