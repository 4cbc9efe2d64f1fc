/** Writing a streamed answer line by line, waiting while the client's side is full, so a long batch never piles up in memory. */
import type { ServerResponse } from 'node:http';

export function writeLine(response: ServerResponse, line: string): Promise<void> | undefined {
  if (response.write(`${line}\n`)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    // A client that goes away never drains: stop waiting.
    response.on('close', done);
  });
}
