/**
 * A webhook receiver for tests (node:http): keeps every JSON body with its headers, can answer with an error
 * status, and can be stopped and started again on the same port (an outage).
 */
import { createServer, type Server } from 'node:http';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  deliveryKey: string | null;
}

export interface TestWebhookReceiver {
  port: number;
  /** Base URL; append any path (`/slack`, `/teams`) to tell webhooks apart. */
  url: string;
  received: ReceivedWebhook[];
  /** The status it answers with: 200 normally, 503 for a receiver in trouble, 404 for a removed hook. */
  status: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestWebhookReceiver(port = 0): Promise<TestWebhookReceiver> {
  let listener: Server | null = null;
  const receiver: TestWebhookReceiver = {
    port,
    url: '',
    received: [],
    status: 200,
    async start() {
      if (listener) return;
      const created = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          if (receiver.status >= 200 && receiver.status < 300) {
            const header = request.headers['x-tandem-delivery'];
            receiver.received.push({
              path: request.url ?? '/',
              headers: request.headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              deliveryKey: typeof header === 'string' ? header : null,
            });
          }
          response.writeHead(receiver.status, { 'content-type': 'text/plain' });
          response.end(receiver.status < 300 ? 'ok' : 'unavailable');
        });
      });
      await new Promise<void>((resolve) => created.listen(receiver.port, '127.0.0.1', resolve));
      const address = created.address();
      receiver.port = typeof address === 'object' && address ? address.port : receiver.port;
      receiver.url = `http://127.0.0.1:${receiver.port}`;
      listener = created;
    },
    async stop() {
      const current = listener;
      listener = null;
      if (!current) return;
      current.closeAllConnections();
      await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
  await receiver.start();
  return receiver;
}
