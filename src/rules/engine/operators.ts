/**
 * json-rules-engine's own comparison operators, used synchronously.
 *
 * The library walks each rule's conditions itself (three-valued, traced) but
 * compares with the very `Operator` objects json-rules-engine would use, so
 * `equal`, `in`, `contains`, `lessThan`, ... mean exactly what they mean in
 * the engine (`Operator#evaluate` is synchronous; only `Engine.run` is
 * async). The operator table is taken from one Engine instance, built on
 * first use so that importing a decision costs nothing.
 */
import { Engine } from 'json-rules-engine';

/** What the library needs of a json-rules-engine Operator. */
export interface SyncOperator {
  name: string;
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

interface OperatorTable {
  get(name: string): SyncOperator | null | undefined;
}

let table: OperatorTable | undefined;

/** The engine's operator called `name` (decorated names such as `everyFact:equal` included); throws if there is none. */
export function engineOperator(name: string): SyncOperator {
  table ??= (new Engine() as unknown as { operators: OperatorTable }).operators;
  const operator = table.get(name);
  if (!operator) throw new Error(`Unknown json-rules-engine operator: ${name}`);
  return operator;
}
