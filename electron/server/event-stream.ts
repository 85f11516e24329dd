/** Server-sent events: push events to one browser tab until it disconnects. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../app/event-bus';

const HEARTBEAT_MS = 25_000;

/** Streams every event of the bus to this response. */
export function openEventStream(req: IncomingMessage, res: ServerResponse, events: EventBus): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // Proxies and the browser drop idle streams; a comment line keeps this one open.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
