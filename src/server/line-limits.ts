/**
 * A pass-through stream that refuses a batch body over its size limits: the
 * whole body, and any one line (a line without an end would otherwise be
 * held in memory whole by the line reader).
 */
import { Transform, type TransformCallback } from 'node:stream';

export class LimitExceeded extends Error {
  constructor(readonly what: 'body' | 'line', readonly limit: number) {
    super(`the ${what === 'body' ? 'batch body' : 'line'} is larger than the limit of ${limit} bytes`);
  }
}

export function lineLimits(bodyLimit: number, lineLimit: number): Transform {
  let total = 0;
  let lineLength = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      total += chunk.length;
      if (total > bodyLimit) return callback(new LimitExceeded('body', bodyLimit));
      let from = 0;
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, from)) {
        if (lineLength + (at - from) > lineLimit) return callback(new LimitExceeded('line', lineLimit));
        lineLength = 0;
        from = at + 1;
      }
      lineLength += chunk.length - from;
      if (lineLength > lineLimit) return callback(new LimitExceeded('line', lineLimit));
      callback(null, chunk);
    },
  });
}
