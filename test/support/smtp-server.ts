/**
 * A minimal SMTP server for tests (node:net), speaking as much of RFC 5321 as nodemailer uses without TLS or
 * auth. It can be stopped and started again on the same port (an outage), and can answer with a temporary or
 * permanent failure. Every accepted message is parsed and kept.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { type ParsedMail, parseMail } from './mime.ts';

export interface ReceivedMail extends ParsedMail {
  from: string;
  to: string[];
  /** The X-Tandem-Delivery header: the outbox message this mail came from. */
  deliveryKey: string | null;
}

export type SmtpMode = 'accept' | 'temporary_failure' | 'permanent_failure';

export interface TestSmtpServer {
  port: number;
  url: string;
  mails: ReceivedMail[];
  mode: SmtpMode;
  start(): Promise<void>;
  /** Closes the listener and every open connection: clients now get ECONNREFUSED. */
  stop(): Promise<void>;
}

interface Session {
  from: string;
  to: string[];
  data: string[] | null;
}

function reply(socket: Socket, line: string): void {
  socket.write(`${line}\r\n`);
}

/** The reply to the end of a message: accepted (and kept), or refused for now. */
function finishData(server: TestSmtpServer, session: Session): string {
  const raw = (session.data ?? []).map((line) => (line.startsWith('..') ? line.slice(1) : line)).join('\r\n');
  session.data = null;
  if (server.mode === 'temporary_failure') return '451 4.3.0 Try again later';
  const mail = parseMail(raw);
  const deliveryKey = mail.headers['x-tandem-delivery'] ?? null;
  server.mails.push({ ...mail, from: session.from, to: session.to, deliveryKey });
  session.to = [];
  return '250 2.0.0 OK queued';
}

/** The reply to one command line. */
function answerCommand(server: TestSmtpServer, session: Session, line: string): string {
  const verb = line.slice(0, 4).toUpperCase();
  const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
  switch (verb) {
    case 'EHLO':
      return '250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8';
    case 'HELO':
      return '250 localhost';
    case 'MAIL':
      session.from = address;
      return '250 2.1.0 OK';
    case 'RCPT':
      if (server.mode === 'permanent_failure') return '550 5.1.1 No such user';
      session.to.push(address);
      return '250 2.1.5 OK';
    case 'DATA':
      session.data = [];
      return '354 End data with <CR><LF>.<CR><LF>';
    case 'RSET':
    case 'NOOP':
      return '250 OK';
    case 'QUIT':
      return '221 Bye';
    default:
      return '502 5.5.2 Command not implemented';
  }
}

function serve(server: TestSmtpServer, socket: Socket): void {
  const session: Session = { from: '', to: [], data: null };
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('error', () => undefined);
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\r\n');
    while (end >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (session.data === null) {
        reply(socket, answerCommand(server, session, line));
        if (line.toUpperCase().startsWith('QUIT')) socket.end();
      } else if (line === '.') reply(socket, finishData(server, session));
      else session.data.push(line);
      end = buffer.indexOf('\r\n');
    }
  });
  reply(socket, '220 localhost ESMTP Tandem test server');
}

/** Starts on a free port (or `port`); `stop()` and `start()` simulate an outage on the same port. */
export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  let listener: Server | null = null;
  const sockets = new Set<Socket>();
  const server: TestSmtpServer = {
    port,
    url: '',
    mails: [],
    mode: 'accept',
    async start() {
      if (listener) return;
      const created = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        serve(server, socket);
      });
      await new Promise<void>((resolve) => created.listen(server.port, '127.0.0.1', resolve));
      const address = created.address();
      server.port = typeof address === 'object' && address ? address.port : server.port;
      server.url = `smtp://127.0.0.1:${server.port}`;
      listener = created;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
      listener = null;
    },
  };
  await server.start();
  return server;
}
