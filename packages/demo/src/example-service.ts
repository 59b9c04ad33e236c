import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small service that takes a while to start, like a container app after a deploy. */
export async function startExampleService(healthyAfterMs: number): Promise<{ url: string; close: () => Promise<void> }> {
  const started = Date.now();
  const server = http.createServer((req, res) => {
    const ready = Date.now() - started >= healthyAfterMs;
    if (req.url === '/health' || req.url === '/ready') {
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ready ? 'healthy' : 'starting' }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
