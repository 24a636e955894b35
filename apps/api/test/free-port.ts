// A TCP port free on 127.0.0.1 right now, for the servers a test starts (API processes, PostgreSQL,
// PgBouncer, receivers). Another process could take it before it is used; tests accept that race.
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
