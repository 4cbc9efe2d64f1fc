/**
 * Tells, text piece by text piece, when what has been read so far can no
 * longer be the start of one JSON document: the command line's way of
 * deciding between one document and JSON Lines without holding the input
 * or trusting its first line (read-records.ts).
 *
 * It never calls valid JSON broken (so a document is never split into
 * lines); it may let some broken JSON pass (a misspelt `true`, a bad number
 * or escape), which `JSON.parse` of the whole then refuses. Strings may not
 * hold a raw line end (JSON forbids control characters in them), so a line
 * that opens a string it does not close ends the document at once.
 */

const enum State {
  /** Expecting a value (the start, after `:`, after `,` in a list). */
  Value,
  /** After `[`: a value or `]`. */
  ValueOrClose,
  /** After `{`: a key or `}`. */
  KeyOrClose,
  /** After `,` in an object: a key. */
  Key,
  /** After a key: `:`. */
  Colon,
  /** After a value inside a list or object: `,` or the closing bracket. */
  After,
  /** After the whole top-level value: only white space may follow. */
  Done,
  /** Inside a string (a key when `inKey`). */
  String,
  /** After a backslash in a string. */
  Escape,
  /** Inside a number, `true`, `false` or `null`. */
  Token,
}

const OBJECT = 1;
const ARRAY = 2;

export class JsonPrefixCheck {
  /** True once the text read cannot be the start of a single JSON value. */
  failed = false;
  private state: State = State.Value;
  private inKey = false;
  private readonly stack: number[] = [];

  /** Reads more of the text (any piece: a line, part of one). */
  feed(text: string): void {
    for (let i = 0; i < text.length && !this.failed; i++) this.step(text.charCodeAt(i));
  }

  private step(c: number): void {
    switch (this.state) {
      case State.String:
        if (c === 0x22) this.endString();
        else if (c === 0x5c) this.state = State.Escape;
        else if (c < 0x20) this.failed = true;
        return;
      case State.Escape:
        if (c < 0x20) this.failed = true;
        else this.state = State.String;
        return;
      case State.Token:
        if (isTokenChar(c)) return;
        this.endValue();
        this.step(c);
        return;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return;
    switch (this.state) {
      case State.ValueOrClose:
        if (c === 0x5d) this.close(ARRAY);
        else this.startValue(c);
        return;
      case State.Value:
        this.startValue(c);
        return;
      case State.KeyOrClose:
      case State.Key:
        if (c === 0x7d && this.state === State.KeyOrClose) this.close(OBJECT);
        else if (c === 0x22) {
          this.state = State.String;
          this.inKey = true;
        } else this.failed = true;
        return;
      case State.Colon:
        if (c === 0x3a) this.state = State.Value;
        else this.failed = true;
        return;
      case State.After: {
        const top = this.stack[this.stack.length - 1];
        if (c === 0x2c) this.state = top === OBJECT ? State.Key : State.Value;
        else if (c === 0x7d && top === OBJECT) this.close(OBJECT);
        else if (c === 0x5d && top === ARRAY) this.close(ARRAY);
        else this.failed = true;
        return;
      }
      case State.Done:
        this.failed = true;
        return;
    }
  }

  private startValue(c: number): void {
    if (c === 0x7b) {
      this.stack.push(OBJECT);
      this.state = State.KeyOrClose;
    } else if (c === 0x5b) {
      this.stack.push(ARRAY);
      this.state = State.ValueOrClose;
    } else if (c === 0x22) {
      this.state = State.String;
      this.inKey = false;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
      this.state = State.Token;
    } else this.failed = true;
  }

  private endString(): void {
    if (this.inKey) {
      this.inKey = false;
      this.state = State.Colon;
    } else this.endValue();
  }

  private close(kind: number): void {
    if (this.stack.pop() !== kind) this.failed = true;
    else this.endValue();
  }

  private endValue(): void {
    this.state = this.stack.length === 0 ? State.Done : State.After;
  }
}

/** Letters, digits, `.`, `+` and `-`: what a number or literal may be made of (checked loosely: JSON.parse judges). */
function isTokenChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2b || c === 0x2d;
}
