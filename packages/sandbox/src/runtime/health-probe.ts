import http from 'node:http';

/**
 * What one probe of a revision's `/health` said:
 *   healthy    200 with a JSON body whose `status` is "healthy" — the body counts, so the
 *              sample app's `200 {"status":"unhealthy"}` is not mistaken for health;
 *   starting   503 `{"status":"starting"}`: the app says it is still starting (a startup probe);
 *   unhealthy  any other answer;
 *   no-answer  refused, reset or timed out.
 */
export type ProbeOutcome = 'healthy' | 'starting' | 'unhealthy' | 'no-answer';

const BODY_LIMIT = 64 * 1024;

export function probeHealth(port: number, timeoutMs: number): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: ProbeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      req.destroy();
      resolve(outcome);
    };
    const req = http.get({ host: '127.0.0.1', port, path: '/health', agent: false, headers: { 'user-agent': 'deploy-kit-sandbox-probe' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= BODY_LIMIT) chunks.push(chunk);
      });
      res.on('end', () => settle(classify(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
      res.on('error', () => settle('no-answer'));
    });
    req.on('error', () => settle('no-answer'));
    const deadline = setTimeout(() => settle('no-answer'), timeoutMs);
  });
}

function classify(status: number, body: string): ProbeOutcome {
  const reported = statusField(body);
  if (status === 200 && reported === 'healthy') return 'healthy';
  if (status === 503 && reported === 'starting') return 'starting';
  return 'unhealthy';
}

function statusField(body: string): unknown {
  try {
    const parsed = JSON.parse(body) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as { status?: unknown }).status : undefined;
  } catch {
    return undefined;
  }
}
