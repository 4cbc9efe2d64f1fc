// CI: the OpenAPI description is valid OpenAPI 3.1 (checked against the
// official schemas by @seriousme/openapi-schema-validator), and every
// operation's example, sent to the built service (`node dist/cli.js serve`
// on 127.0.0.1), is answered 200 with a body that validates against the
// operation's result schema; then the service stops on SIGTERM with exit
// code 0. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const validator = new Validator();
const validity = await validator.validate(structuredClone(document));
check(validity.valid && validator.version === '3.1', `openapi.json is valid OpenAPI ${validator.version}${validity.valid ? '' : `: ${JSON.stringify(validity.errors).slice(0, 800)}`}`);

const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const exit = new Promise((resolve) => child.on('close', resolve));
const url = await new Promise((resolve, reject) => {
  createInterface({ input: child.stderr }).on('line', (line) => {
    const match = /listening on (http:\/\/\S+)/.exec(line);
    if (match) resolve(match[1]);
  });
  child.once('close', () => reject(new Error('the service did not start')));
});

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(document, 'openapi.json');
const pointer = (...parts) => parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

for (const [path, operations] of Object.entries(document.paths)) {
  for (const [method, op] of Object.entries(operations)) {
    const query = new URLSearchParams((op.parameters ?? []).filter((p) => p.example !== undefined).map((p) => [p.name, p.example]));
    const target = `${url}${path}${query.size > 0 ? `?${query}` : ''}`;
    let init = { method: method.toUpperCase() };
    if (op.requestBody) {
      const [mediaType, { example }] = Object.entries(op.requestBody.content)[0];
      init = { ...init, headers: { 'content-type': mediaType }, body: typeof example === 'string' ? example : JSON.stringify(example) };
    }
    const response = await fetch(target, init);
    const text = await response.text();
    const [mediaType] = Object.keys(op.responses['200'].content);
    const validate = ajv.compile({ $ref: `openapi.json#/${pointer('paths', path, method, 'responses', '200', 'content', mediaType, 'schema')}` });
    let body = text;
    let lines = '';
    if (mediaType === 'application/json') body = JSON.parse(text);
    else {
      // JSON Lines: every line is an answer to a line of the example, or the batch's own error.
      const parsed = text.trimEnd().split('\n').map((l) => JSON.parse(l));
      const wellFormed = parsed.every((l) => (Number.isInteger(l.line) && ('result' in l || 'error' in l)) || 'error' in l);
      // Each result line holds what the single endpoint answers: it must validate against that endpoint's result schema.
      const single = path.replace(/^\/batch/, '');
      const validateOne = ajv.compile({ $ref: `openapi.json#/${pointer('paths', single, 'post', 'responses', '200', 'content', 'application/json', 'schema')}` });
      const results = parsed.filter((l) => 'result' in l);
      const resultsValid = results.every((l) => validateOne(l.result));
      lines = `, ${parsed.length} lines${wellFormed ? '' : ' NOT ALL WELL FORMED'}, ${results.length} results${resultsValid ? ' valid against ' + single + "'s result schema" : ' NOT VALID: ' + JSON.stringify(validateOne.errors).slice(0, 300)}`;
      if (!wellFormed || !resultsValid) failures.push(`${method.toUpperCase()} ${path}: lines`);
    }
    const valid = response.status === 200 && validate(body);
    check(valid, `${method.toUpperCase()} ${path}: ${response.status}${lines}${valid ? ', valid against its result schema' : `: ${JSON.stringify(validate.errors ?? text.slice(0, 300)).slice(0, 500)}`}`);
  }
}

child.kill('SIGTERM');
check((await exit) === 0, 'the service stops on SIGTERM with exit code 0');

if (failures.length > 0) {
  console.error(`\n${failures.length} service check(s) failed.`);
  process.exit(1);
}
console.log('\nThe service answers every example in its description.');
