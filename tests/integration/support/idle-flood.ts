// Another local account's flood: opens COUNT sockets to PORT on 127.0.0.1, sends nothing, and reopens any
// socket the server closes, until killed. Prints "open N" once COUNT sockets have connected at least once.
import { connect } from 'node:net';

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
let connectedOnce = 0;
let reported = false;

function dial(): void {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('connect', () => {
    connectedOnce += 1;
    if (!reported && connectedOnce >= count) {
      reported = true;
      process.stdout.write(`open ${connectedOnce}\n`);
    }
  });
  socket.on('error', () => undefined);
  // A closed socket is dialled again a little later, as a hostile client would.
  socket.on('close', () => setTimeout(dial, 50));
}

let started = 0;
function burst(): void {
  for (let i = 0; i < 500 && started < count; i += 1, started += 1) dial();
  if (started < count) setTimeout(burst, 10);
}
burst();
