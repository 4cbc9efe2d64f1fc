/**
 * Every endpoint over real HTTP on 127.0.0.1: its example (the one the
 * OpenAPI description shows) is answered 200, the answer validates against
 * the endpoint's result schema in openapi.json, and a decision's answer is
 * exactly what the library function returns for the same input.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalogueJson, catalogueNames } from '../../src/catalogues/catalogues.js';
import { toRecord, validatePlacementNotification } from '../../src/index.js';
import { storedDecisionNames } from '../../src/rules/records/rerun.js';
import { decisionEndpoints } from '../../src/server/decisions.js';
import { placementExample } from '../../src/server/examples.js';
import { routes } from '../../src/server/routes.js';
import { useService } from './support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const openApi = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example: unknown }> }; parameters?: { name: string; example?: string }[] }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(openApi, 'openapi.json');
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const resultValidator = (path: string, method: string, mediaType: string) => ajv.compile({ $ref: `openapi.json#/${pointer('paths', path, method, 'responses', '200', 'content', mediaType, 'schema')}` });

const { url } = useService();
/** The schema of /verify's answer, as the description gives it. */
const verifyAnswer = (body: unknown) => resultValidator('/verify', 'post', 'application/json')(body);

/** The request the description shows for an operation. */
function exampleRequest(path: string, method: 'get' | 'post'): { target: string; init: RequestInit; mediaType?: string } {
  const op = openApi.paths[path]![method]!;
  const query = new URLSearchParams((op.parameters ?? []).filter((p) => p.example !== undefined).map((p) => [p.name, p.example!]));
  const target = `${path}${query.size > 0 ? `?${query}` : ''}`;
  if (method === 'get') return { target, init: {} };
  const [mediaType, { example }] = Object.entries(op.requestBody!.content)[0]!;
  return { target, mediaType, init: { method: 'POST', headers: { 'content-type': mediaType }, body: typeof example === 'string' ? example : JSON.stringify(example) } };
}

describe('every endpoint answers its example, and the answer validates against its result schema', () => {
  it('the description lists every route and nothing else', () => {
    const described = Object.entries(openApi.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  for (const route of routes) {
    it(`${route.method} ${route.path}`, async () => {
      const { target, init } = exampleRequest(route.path, route.method === 'GET' ? 'get' : 'post');
      const response = await fetch(`${url()}${target}`, init);
      const text = await response.text();
      expect(response.status, text.slice(0, 500)).toBe(200);
      expect(response.headers.get('content-type')).toContain(route.result.mediaType);
      expect(response.headers.get('luton-safeguarding-rules-version')).toMatch(/^\d+\.\d+\.\d+/);
      const validate = resultValidator(route.path, route.method.toLowerCase(), route.result.mediaType);
      const body = route.result.mediaType === 'application/json' ? JSON.parse(text) : text;
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    });
  }
});

describe('a decision endpoint is the library function over HTTP', () => {
  for (const endpoint of decisionEndpoints) {
    it(`POST /${endpoint.name} gives what ${endpoint.functionName} returns, with its ruleset in the headers`, async () => {
      const input = endpoint.example();
      const response = await fetch(`${url()}/${endpoint.name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const body = (await response.json()) as Record<string, unknown>;
      const direct = JSON.parse(JSON.stringify(endpoint.run(input, {}))) as Record<string, unknown>;
      expect(body).toEqual(direct);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const ruleset = (endpoint.name === 'verify' ? (input as { ruleset: Record<string, string> }).ruleset : direct.ruleset) as Record<string, string> | undefined;
      if (ruleset) {
        expect(response.headers.get('luton-ruleset-version')).toBe(ruleset.version);
        expect(response.headers.get('luton-ruleset-hash')).toBe(ruleset.hash);
        expect(response.headers.get('luton-ruleset-calendar')).toBe(ruleset.calendar);
      } else {
        expect(response.headers.get('luton-ruleset-hash')).toBeNull();
      }
    });
  }

  it('POST /verify re-runs a stored placement notification check, as it does a decision', async () => {
    const placement = decisionEndpoints.find((d) => d.name === 'placement')!;
    const stored = JSON.parse(JSON.stringify(placement.run(placement.example(), {}))) as Record<string, unknown>;
    expect(stored.decision).toBe('placement-notification');
    const response = await fetch(`${url()}/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stored) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
  });

  it('POST /verify takes a record (toRecord) as well as a stored result, and reports a record edited after the decision', async () => {
    const endpoint = decisionEndpoints.find((d) => d.name === 'serious-incident')!;
    const record = JSON.parse(JSON.stringify(toRecord(endpoint.run(endpoint.example(), {}) as never))) as Record<string, unknown>;
    expect(record.recordVersion).toBe(1);
    const verify = (body: unknown) => fetch(`${url()}/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const response = await verify(record);
    expect(response.status).toBe(200);
    expect(response.headers.get('luton-ruleset-hash')).toBe((record.ruleset as { hash: string }).hash);
    const body = await response.json();
    expect(body).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    expect(verifyAnswer(body)).toBe(true);
    const edited = await (await verify({ ...record, outcome: 'not-required' })).json();
    expect(edited).toMatchObject({ reproduced: false });
    expect(verifyAnswer(edited)).toBe(true);
  });

  it('a decision option is a query parameter (classify-need: intensiveIndicatorThreshold)', async () => {
    const input = { indicators: ['need-level.intensive.health.self-harm'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false };
    const post = (query: string) => fetch(`${url()}/classify-need${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }).then((r) => r.json());
    expect(((await post('')) as { outcome: string }).outcome).toBe('additional');
    expect(((await post('?intensiveIndicatorThreshold=1')) as { outcome: string }).outcome).toBe('intensive');
  });

  it('the same request twice gives the same answer (nothing is kept between requests)', async () => {
    const endpoint = decisionEndpoints.find((d) => d.name === 'serious-incident')!;
    const send = () => fetch(`${url()}/serious-incident`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(endpoint.example()) }).then((r) => r.text());
    const first = await send();
    // A bad request between the two changes nothing.
    await fetch(`${url()}/serious-incident`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"childDied":"yes"}' });
    expect(await send()).toBe(first);
  });
});

describe('batches', () => {
  it('POST /batch/classify-need streams one line per input line, in order, a bad line answered with its error', async () => {
    const lines = [
      { indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      { indicators: [], significantHarmSuspected: true },
    ];
    const body = `${JSON.stringify(lines[0])}\n\nnot json\n${JSON.stringify({ indicators: [], significantHarmSuspected: 'Jane Smith' })}\n${JSON.stringify(lines[1])}`;
    const response = await fetch(`${url()}/batch/classify-need`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    expect(response.status).toBe(200);
    expect(response.headers.get('luton-ruleset-hash')).toMatch(/^[0-9a-f]{64}$/);
    const out = (await response.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; result?: unknown; error?: { type: string; issues: { code: string }[] } });
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5]);
    const endpoint = decisionEndpoints.find((d) => d.name === 'classify-need')!;
    expect(out[0]!.result).toEqual(JSON.parse(JSON.stringify(endpoint.run(lines[0], {}))));
    expect(out[1]!.error).toEqual({ type: 'input-error', issues: [{ path: [], code: 'invalid-json', message: 'not valid JSON' }] });
    expect(out[2]!.error!.issues[0]!.code).toBe('invalid-type');
    expect(JSON.stringify(out[2])).not.toContain('Jane');
    expect(out[3]!.result).toEqual(JSON.parse(JSON.stringify(endpoint.run(lines[1], {}))));
  });

  it('a batch of 2,000 lines: every line answered, in order', async () => {
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: i % 18, awareOn: '2026-12-18' })).join('\n');
    const response = await fetch(`${url()}/batch/serious-incident`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: input });
    const out = (await response.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; result: { outcome: string } });
    expect(out).toHaveLength(2000);
    expect(out.every((o, i) => o.line === i + 1 && o.result.outcome === 'notify-panel')).toBe(true);
  });

  it('an empty batch is answered with one error line', async () => {
    const response = await fetch(`${url()}/batch/timeline`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '' });
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toEqual({ error: { type: 'input-error', issues: [{ path: [], code: 'empty-input', message: expect.any(String) }] } });
  });
});

describe('catalogues, versions, description', () => {
  it('GET /catalogues/<name> is the shipped catalogues/<name>.json', async () => {
    for (const name of catalogueNames) {
      const text = await (await fetch(`${url()}/catalogues/${name}`)).text();
      expect(text).toBe(readFileSync(join(root, 'catalogues', `${name}.json`), 'utf8'));
      expect(text).toBe(catalogueJson(name));
    }
  });

  it('GET /openapi.json is the shipped openapi.json', async () => {
    expect(await (await fetch(`${url()}/openapi.json`)).json()).toEqual(openApi);
  });

  it("GET /version gives each decision's ruleset, the one its results carry", async () => {
    const body = (await (await fetch(`${url()}/version`)).json()) as { rulesets: Record<string, unknown> };
    for (const endpoint of decisionEndpoints.filter((d) => d.decision)) {
      expect(body.rulesets[endpoint.decision!]).toEqual((endpoint.run(endpoint.example(), {}) as { ruleset: unknown }).ruleset);
    }
    // Every decision a result can be (the one list of them, which verifyDecision and explainRecord read), placement notifications included.
    expect(Object.keys(body.rulesets).sort()).toEqual([...storedDecisionNames].sort());
    expect(body.rulesets['placement-notification']).toEqual(validatePlacementNotification(placementExample as never).ruleset);
  });

  it('every decision has its endpoint, and the endpoints name no decision outside the one list of them', () => {
    const named = decisionEndpoints.flatMap((d) => (d.decision ? [d.decision] : []));
    expect([...named].sort()).toEqual([...storedDecisionNames].sort());
    const verify = decisionEndpoints.find((d) => d.name === 'verify')!.inputSchema as { properties: { decision: { enum: string[] } } };
    expect(verify.properties.decision.enum).toEqual([...storedDecisionNames]);
  });

  it('HEAD /health answers without a body', async () => {
    const response = await fetch(`${url()}/health`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
