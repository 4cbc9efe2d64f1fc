/**
 * `luton-safeguarding-rules serve [--port N] [--host H] [limits]`: the web
 * service (src/server), until SIGTERM or SIGINT, which shut it down
 * gracefully: requests in flight finish, then the process exits 0.
 */
import { clip, UsageError, type CliIo } from './cli-io.js';
import { errorJson } from './error-json.js';

export async function serveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { defaultServiceOptions, serviceOptionFlags } = await import('../server/service-options.js');
  const overrides: Record<string, string | number> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = serviceOptionFlags.find((o) => o.flag === flag);
    if (!option) throw new UsageError(`unknown option "${clip(arg)}" for serve (see --help)`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value (${option.unit})`);
    if (option.key === 'host') overrides.host = value;
    else {
      const max = option.key === 'port' ? 65_535 : Number.MAX_SAFE_INTEGER;
      if (!/^\d{1,15}$/.test(value) || Number(value) > max || (option.key !== 'port' && Number(value) === 0)) {
        throw new UsageError(`${flag}: expected ${option.key === 'port' ? 'a port number, 0 to 65535' : 'a whole number above 0'}, got "${clip(value)}"`);
      }
      overrides[option.key] = Number(value);
    }
  }
  const { createService } = await import('../server/service.js');
  const service = createService({ ...defaultServiceOptions, ...overrides });
  let url: string;
  try {
    url = await service.listen();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // JSON like every error of the command line; the options, not the input, are at fault.
    const message = `cannot listen on ${service.options.host} port ${service.options.port}${code ? ` (${code})` : ''}: choose another --port or --host`;
    await io.err(errorJson(undefined, 'input-error', [{ path: [], code: 'usage', message }]));
    return 1;
  }
  await io.err(`luton-safeguarding-rules serve: listening on ${url} (GET ${url}/openapi.json describes every endpoint)`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void io.err(`luton-safeguarding-rules serve: ${signal}: finishing the requests in flight, then stopping`);
      void service.close().then(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
