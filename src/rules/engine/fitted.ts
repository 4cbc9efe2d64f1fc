/**
 * A list sized to what it holds, for a list a result keeps. V8 gives a list
 * built with `push` room for about 17 entries at the first push, and never
 * gives the room back: a result's dozens of short lists (a trace's
 * conditions, a question's rules, the actions) then take several times the
 * memory they need, which a program that keeps many results (a batch that
 * writes them at the end) pays for in its heap and in the collector's time.
 * `slice` copies into a list of the exact size; the first is left to the
 * young generation, where garbage costs nearly nothing.
 */
export function fitted<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}
