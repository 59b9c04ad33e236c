import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const healthGateSpec = defineAction({
  name: 'health-gate',
  title: 'deploy-kit health gate',
  description: 'Verify endpoints after a deploy: status, body, JSON and error-code assertions, consecutive successes, deadlines and a p95 latency budget; answers as soon as the verdict is certain.',
  inputs: {
    urls: { description: 'URLs to check, one per line (or comma-separated). All are checked concurrently; all must pass.', type: 'url-list', required: true, example: 'https://api.example.com/health' },
    name: { description: 'Name of this check; the evidence is written as health-<name>.json and satisfies `required: <name>` in release-decision.', type: 'string', default: 'health' },
    'expect-status': {
      description: 'Expected HTTP status code(s), comma-separated; ranges such as 2xx or 200-204 allowed.',
      type: 'string',
      defaultDescription: '200, or 4xx when expect-error-code is set',
      example: '200,204',
    },
    'expect-body': { description: 'Substring the response body must contain.', type: 'string' },
    'expect-json': { description: 'JSON object the response body must contain (deep subset match), e.g. {"status":"healthy"}.', type: 'json' },
    'expect-error-code': { description: 'Error code a denied client must receive, e.g. assignment_denied (matches error.code, error, code or errors[].code in the JSON body, as OAuth and most APIs answer).', type: 'string' },
    consecutive: { description: 'Consecutive passing samples needed per URL.', type: 'integer', default: '2', min: 1, max: 100 },
    'max-failures': { description: 'Give up on a URL after this many failed samples in a row (0 = keep trying until the deadline).', type: 'integer', default: '0', min: 0 },
    'dry-run': { description: 'Report the verdict without failing the step.', type: 'boolean', default: 'false' },
    interval: { description: 'Wait between samples; grows by backoff after failures.', type: 'duration', default: '1s', min: 10 },
    'max-interval': { description: 'Cap for the backoff between failed samples; also the longest a URL can be healthy before a sample sees it.', type: 'duration', default: '2s', min: 10 },
    timeout: { description: 'Overall deadline for the gate.', type: 'duration', default: '5m', min: 100 },
    'request-timeout': { description: 'Timeout of one request.', type: 'duration', default: '10s', min: 10 },
    'latency-p95': { description: "Fail a URL when the 95th percentile latency of its passing samples exceeds this (checked when it has enough consecutive passes).", type: 'duration' },
    headers: { description: 'Extra request headers, one `Name: value` per line. Values of Authorization, Cookie and other credential headers are masked and never written.', type: 'list' },
    'bearer-token': { description: 'Bearer token sent as Authorization (a secret: masked, never written).', type: 'secret', env: 'DEPLOYKIT_BEARER_TOKEN' },
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    verdict: { description: '`pass` or `fail`.' },
    'evidence-path': { description: 'Path of the evidence JSON (health-<name>.json).' },
    samples: { description: 'Number of samples taken across all URLs.' },
    'p95-ms': { description: '95th percentile latency in milliseconds across passing samples.' },
  },
});
