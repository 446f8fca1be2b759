import type { FastifyInstance } from 'fastify';

/**
 * During a graceful close, keep-alive sockets are closed as soon as they fall idle. Node closes the idle ones
 * only once, when closing starts; a socket busy at that moment would otherwise stay open for keepAliveTimeout
 * (72 s), and the process with it, long after the last request has been answered.
 */
export function closeIdleConnectionsWhileDraining(fastify: FastifyInstance): void {
  let draining = false;
  fastify.addHook('preClose', async () => {
    draining = true;
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });
  fastify.addHook('onResponse', async () => {
    if (draining) setImmediate(() => fastify.server.closeIdleConnections());
  });
}
