import type { Server } from 'node:http';
import { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /**
   * Sockets held at once. Far below a desktop's open-file limit (1024 on Linux, 256 on macOS), so a flood of
   * sockets can never use up the descriptors SQLite, backups and exports need; a browser opens about six.
   */
  maxSockets: number;
  /** A socket with no request in flight (never sent one, or finished) is closed after this long. */
  idleMs: number;
}

export const browserModeLimits: ConnectionLimits = { maxSockets: 128, idleMs: 10_000 };
/**
 * The office server: 40 advisors with a few tabs each, every tab holding one live-updates stream and up to six
 * requests. Still far below a server's descriptor limit; keep-alive sockets idle for 30 s are closed.
 */
export const officeLimits: ConnectionLimits = { maxSockets: 1024, idleMs: 30_000 };

/**
 * Keeps the host reachable when another account on the machine opens thousands of idle sockets: when the
 * limit is reached, the socket that has been idle longest makes room for the new one (a browser sends its
 * request within milliseconds of connecting, a flood's sockets never do), and idle sockets time out.
 * Node's own `maxConnections` would refuse the newcomer instead — the advisor's browser — so it is not used.
 */
export function limitConnections(server: Server | HttpsServer, limits: ConnectionLimits): void {
  // Insertion order is idle order: a socket is moved to the end whenever it becomes idle again.
  const idle = new Set<Socket>();
  let open = 0;

  const markIdle = (socket: Socket): void => {
    idle.delete(socket);
    idle.add(socket);
    socket.setTimeout(limits.idleMs);
  };

  const track = (socket: Socket): void => {
    open += 1;
    socket.once('close', () => {
      open -= 1;
      idle.delete(socket);
    });
    socket.on('timeout', () => {
      if (idle.has(socket)) socket.destroy();
    });
    if (open > limits.maxSockets) {
      const oldest = idle.values().next().value;
      // Every held socket is busy with a request: the newcomer waits for none of them and is closed.
      if (oldest === undefined) {
        socket.destroy();
        return;
      }
      idle.delete(oldest);
      oldest.destroy();
    }
    markIdle(socket);
  };
  // Under TLS a request's socket is the TLS socket, not the raw one 'connection' hands out: track that one
  // (the handshake itself is bounded by the server's handshakeTimeout).
  if (server instanceof HttpsServer) server.on('secureConnection', track);
  else server.on('connection', track);

  server.on('request', (req, res) => {
    const socket = req.socket;
    // A request in flight (an export may compute for a minute) is bounded by requestTimeout, not idleMs.
    idle.delete(socket);
    socket.setTimeout(0);
    res.once('finish', () => {
      if (!socket.destroyed) markIdle(socket);
    });
  });
}
