/**
 * Streams a children in need census return (XML) into its header and one
 * small element tree per `Child`, with sax (a maintained, dependency-free
 * streaming parser; see the commit that added it): memory holds one child at
 * a time, whatever the size of the file.
 *
 * Problems are located by line and column and name a child by its position,
 * never by what the file says (a name, an id, a date of birth): a malformed
 * child is reported and the children after it are still read; a file that is
 * not XML, not a census, or ends early stops with a `SafeguardingInputError`
 * once every complete child before the problem has been yielded.
 */
import sax from 'sax';
import { SafeguardingInputError, type InputIssue, type InputIssueCode } from '../schemas/input-error.js';
import { isIsoDate } from '../schemas/iso-date.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { ordinal } from './census-words.js';

/** An element of a child, with its text and where it starts in the file (line and column from 1). */
export interface XmlNode {
  name: string;
  text: string;
  line: number;
  column: number;
  children: XmlNode[];
}

/** The parts of the return's `Header` the judgement uses. */
export interface CensusHeader {
  /** `Collection`: always `CIN` (another collection is refused). */
  collection: 'CIN';
  /** `Year`, as written. */
  year?: string;
  /** `ReferenceDate`: the end of the census year (31 March). */
  referenceDate: IsoDate;
  /** `Source/LEA`: the authority's code. */
  lea?: string;
}

/** Where a problem is: a line and column of the file (from 1). */
export interface CensusIssue extends InputIssue {
  line: number;
  column: number;
}

export interface RawChild {
  /** 1 for the first `Child` of the file. */
  position: number;
  line: number;
  column: number;
  tree: XmlNode;
  /** Problems the XML itself had inside this child (then `tree` may be incomplete). */
  problems: CensusIssue[];
}

/** What the reader accepts: a Node stream, any async iterable of text or bytes, or the whole text. */
export type CensusSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | string;

/** Bounds that keep one child small, whatever the file holds. */
export const censusReadLimits = {
  /** Elements kept for one child. */
  elementsPerChild: 5000,
  /** Characters kept of one element's text (the longest value the census has is an id). */
  textLength: 200,
};

type Item = { kind: 'header'; header: CensusHeader } | { kind: 'child'; child: RawChild };

const HEADER_FIELDS: Record<string, 'collection' | 'year' | 'referenceDate' | 'lea'> = {
  'Header/CollectionDetails/Collection': 'collection',
  'Header/CollectionDetails/Year': 'year',
  'Header/CollectionDetails/ReferenceDate': 'referenceDate',
  'Header/Source/LEA': 'lea',
};

/** The children in need census as header, then children, read as the source arrives. */
export async function* readCensusXml(source: CensusSource): AsyncGenerator<Item, void, undefined> {
  const parser = sax.parser(true, { position: true });
  const queue: Item[] = [];
  const stack: string[] = [];
  const headerText: Partial<Record<'collection' | 'year' | 'referenceDate' | 'lea', string>> = {};
  let header: CensusHeader | undefined;
  let fatal: CensusIssue | undefined;
  let position = 0;
  let child: RawChild | undefined;
  let nodes: XmlNode[] = [];
  let elements = 0;
  /** Elements open past the per-child limit, not kept. */
  let skipped = 0;
  let headerPath: string | undefined;
  let sawRoot = false;

  const here = () => ({ line: parser.line + 1, column: parser.column });
  const fail = (code: InputIssueCode, detail: string, at = here()) => {
    fatal ??= { path: ['file'], code, message: `line ${at.line}, column ${at.column}: ${detail}`, ...at };
  };
  const childIssue = (code: InputIssueCode, detail: string, at = here()): CensusIssue => ({
    path: ['child', child!.position],
    code,
    message: `line ${at.line}, column ${at.column}: the ${ordinal(child!.position)} child: ${detail}`,
    ...at,
  });

  parser.onopentag = (tag) => {
    if (fatal) return;
    const name = localName(tag.name);
    const at = here();
    if (stack.length === 0) {
      sawRoot = true;
      if (name !== 'Message') fail('not-a-census', `the root element is ${describeName(name)}, not Message: this is not a children in need census return`, at);
    } else if (child) {
      elements++;
      if (skipped > 0 || elements > censusReadLimits.elementsPerChild) {
        if (elements === censusReadLimits.elementsPerChild + 1) child.problems.push(childIssue('too-long', `has more than ${censusReadLimits.elementsPerChild} elements, more than any census child`, at));
        skipped++;
      } else {
        const node: XmlNode = { name, text: '', line: at.line, column: at.column, children: [] };
        nodes[nodes.length - 1]!.children.push(node);
        nodes.push(node);
      }
    } else if (stack.length === 2 && stack[1] === 'Children' && name === 'Child') {
      if (!header) header = readHeader(headerText, at, fail);
      position++;
      const tree: XmlNode = { name, text: '', line: at.line, column: at.column, children: [] };
      child = { position, line: at.line, column: at.column, tree, problems: [] };
      nodes = [tree];
      elements = 0;
      skipped = 0;
    } else if (stack.length === 1 && name === 'Children') {
      if (!header) header = readHeader(headerText, at, fail);
      if (header) queue.push({ kind: 'header', header });
    }
    stack.push(name);
    if (!child) {
      const path = stack.slice(1).join('/');
      headerPath = path in HEADER_FIELDS ? path : undefined;
      if (headerPath) headerText[HEADER_FIELDS[headerPath]!] = '';
    }
  };

  const ontext = (text: string) => {
    if (fatal) return;
    if (child) {
      if (skipped > 0) return;
      const node = nodes[nodes.length - 1]!;
      if (node.text.length > censusReadLimits.textLength) return; // already reported
      node.text += text;
      if (node.text.length > censusReadLimits.textLength) {
        child.problems.push(childIssue('too-long', `${describeName(node.name)} holds more than ${censusReadLimits.textLength} characters`));
        node.text = node.text.slice(0, censusReadLimits.textLength + 1);
      }
    } else if (headerPath) {
      const field = HEADER_FIELDS[headerPath]!;
      if ((headerText[field]?.length ?? 0) < censusReadLimits.textLength) headerText[field] += text;
    }
  };
  parser.ontext = ontext;
  parser.oncdata = ontext;

  parser.onclosetag = () => {
    if (fatal) return;
    const name = stack.pop();
    headerPath = undefined;
    if (child) {
      if (stack.length === 2 && name === 'Child') {
        queue.push({ kind: 'child', child });
        child = undefined;
        nodes = [];
      } else if (skipped > 0) skipped--;
      else if (nodes.length > 1) nodes.pop();
    }
  };

  parser.onerror = (error) => {
    const reason = String(error.message).split('\n')[0]!;
    if (child) {
      child.problems.push(childIssue('invalid-xml', `the XML is not well-formed here (${reason})`));
    } else if (!sawRoot && /^Non-whitespace before first tag|^Text data outside of root node/.test(reason)) {
      fail('invalid-xml', 'the file is not XML: a census return starts with <?xml ...?> or <Message>');
    } else {
      fail('invalid-xml', `the XML is not well-formed (${reason})`);
    }
    // Go on reading: sax recovers at the next tag, so the children after a broken one are not lost.
    (parser as { error: Error | null }).error = null;
  };

  const decoder = new TextDecoder('utf-8');
  const feed = (chunk: string | Uint8Array) => {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  };
  const drain = function* () {
    while (queue.length > 0) yield queue.shift()!;
  };

  if (typeof source === 'string') feed(source);
  else {
    for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
      feed(chunk);
      yield* drain();
      if (fatal) break;
    }
  }
  if (!fatal) {
    const tail = decoder.decode();
    if (tail) parser.write(tail);
    if (!sawRoot) fail('invalid-xml', 'the file is empty or holds no XML element: expected a children in need census return');
    else if (stack.length > 0) {
      const inside = child ? `inside the ${ordinal(child.position)} child` : `inside ${describeName(stack[stack.length - 1]!)}`;
      const read = child ? child.position - 1 : position;
      fail('truncated', `the file ends ${inside}, before the XML is complete (truncated?); the ${read} ${read === 1 ? 'child' : 'children'} before it ${read === 1 ? 'was' : 'were'} read`);
    } else if (!header) {
      header = readHeader(headerText, here(), fail);
      if (header) queue.push({ kind: 'header', header });
    }
  }
  yield* drain();
  if (fatal) throw new SafeguardingInputError([fatal]);
}

/** The header, or a `not-a-census` problem naming what is missing. */
function readHeader(
  text: Partial<Record<'collection' | 'year' | 'referenceDate' | 'lea', string>>,
  at: { line: number; column: number },
  fail: (code: InputIssueCode, detail: string, at?: { line: number; column: number }) => void,
): CensusHeader | undefined {
  const collection = text.collection?.trim();
  const referenceDate = text.referenceDate?.trim();
  if (collection === undefined) {
    fail('not-a-census', 'no Header/CollectionDetails/Collection before the children: this is not a children in need census return', at);
    return undefined;
  }
  if (collection !== 'CIN') {
    fail('not-a-census', 'Header/CollectionDetails/Collection is not CIN (its value is not shown): this is not a children in need census return', at);
    return undefined;
  }
  if (referenceDate === undefined || referenceDate === '') {
    fail('not-a-census', 'the Header has no CollectionDetails/ReferenceDate, the date the census is judged on', at);
    return undefined;
  }
  if (!isIsoDate(referenceDate)) {
    fail('not-a-census', `the Header's ReferenceDate is ${/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ? `"${referenceDate}", not a real date` : 'not a date in the form YYYY-MM-DD'}`, at);
    return undefined;
  }
  const header: CensusHeader = { collection: 'CIN', referenceDate };
  const year = text.year?.trim();
  const lea = text.lea?.trim();
  if (year && /^\d{4}$/.test(year)) header.year = year;
  if (lea && /^[A-Za-z0-9]{1,10}$/.test(lea)) header.lea = lea;
  return header;
}

/** `Child` for `ns:Child`: the census is read by local names, whatever namespace prefix a system writes. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An element name is quoted only when it looks like one (letters, digits, `_-.`), never free text. */
export function describeName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]{0,40}$/.test(name) ? name : 'an element whose name is not shown';
}
