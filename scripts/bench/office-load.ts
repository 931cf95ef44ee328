// The simulated office for npm run bench:office: N signed-in users, each on its own keep-alive connection, each
// at `rate` requests a second (their starts spread over the first interval), each with its own session cookie and
// its own round of calls. Latency is timed per procedure from just before a request is written to its answer.
import { Agent, request } from 'node:http';
import type { Account, Fixtures } from './office-file';
import { benchPassword } from './office-file';

export interface Call {
  name: string;
  input: Record<string, unknown>;
}

/** What one level of load measured. */
export interface LevelResult {
  users: number;
  /** How long the level took, the answers in flight at its end included. */
  seconds: number;
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
  /** Writes the server said it made: interaction ids and checked-in attendance ids. */
  confirmed: { interactions: number[]; checkIns: number[] };
  timeouts: number;
  requests: number;
}

/** Signs one session in (sessions are reused from one level to the next). */
export function signIn(origin: string, account: Account): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ email: account.email, password: benchPassword });
    const req = request(`${origin}/api/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json', origin } }, (res) => {
      res.resume();
      const cookie = (res.headers['set-cookie'] ?? [])[0]?.split(';')[0];
      res.on('end', () => (res.statusCode === 200 && cookie ? resolve(cookie) : reject(new Error(`sign-in of ${account.email}: HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface SimulatedUser {
  account: Account;
  /** The next call of this user's round. */
  next(): Call;
}

const pick = <T>(items: readonly T[], n: number): T => {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

/**
 * The office's users, in proportion: of every 20, one director (office dashboard, office pages, a bulk export of
 * a class year now and then), two at the front desk (search attendees, check in), and 17 advisors (caseload pages,
 * student pages and timelines, quick search, a touchpoint logged every sixth call). `desk` counts the attendees
 * checked in so far, so every level checks in new ones.
 */
export function simulatedUsers(f: Fixtures, count: number, today: string, desk: { checkedIn: number }): SimulatedUser[] {
  return Array.from({ length: count }, (_, i): SimulatedUser => {
    let step = i; // users start at different points of their round
    const slot = i % 20;
    if (slot === 0) {
      return {
        account: f.director,
        next: () => {
          step += 1;
          if (step % 25 === 0) return { name: 'exports.readinessReport', input: { format: 'csv', classYear: pick(f.classYears, step) } };
          const round: Call[] = [
            { name: 'dashboard.office', input: {} },
            { name: 'students.list', input: { page: (step % 40) + 1 } },
            { name: 'search.quick', input: { query: pick(f.searches, step) } },
          ];
          return pick(round, step);
        },
      };
    }
    if (slot <= 2) {
      return {
        account: pick(f.frontDesk, i),
        next: () => {
          step += 1;
          const at = pick(f.attendees, desk.checkedIn);
          if (step % 2 === 0) return { name: 'events.checkInSearch', input: { eventId: at.eventId, query: pick(f.searches, step) } };
          desk.checkedIn += 1;
          return { name: 'attendance.checkIn', input: { attendanceId: at.attendanceId, checkedIn: true } };
        },
      };
    }
    const mine = pick(f.advisors, i);
    return {
      account: mine.account,
      next: () => {
        step += 1;
        const student = pick(mine.students, step * 7);
        const round: Call[] = [
          { name: 'students.list', input: { advisorId: mine.account.advisorId, page: (step % mine.pages) + 1 } },
          { name: 'students.get', input: { id: student } },
          { name: 'students.timeline', input: { studentId: student } },
          { name: 'search.quick', input: { query: pick(f.searches, step) } },
          { name: 'students.list', input: { advisorId: mine.account.advisorId, page: 1, sort: 'lastActivity', direction: 'desc' } },
          {
            name: 'interactions.create',
            input: { connectionId: pick(mine.connections, step), kind: 'conversation', occurredOn: today, summary: `bench touchpoint ${i}-${step}` },
          },
        ];
        return pick(round, step);
      },
    };
  });
}

function record(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dataId(body: string): number | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'data' in parsed && typeof parsed.data === 'object' && parsed.data !== null && 'id' in parsed.data) {
      return typeof parsed.data.id === 'number' ? parsed.data.id : null;
    }
  } catch {
    // not JSON: counted as an error by its status
  }
  return null;
}

/** One call on the user's own keep-alive socket: its status and body, or null when no answer came within `timeoutMs`. */
function post(agent: Agent, origin: string, cookie: string, call: Call, timeoutMs: number): Promise<{ status: number; body: string } | null> {
  return new Promise((resolve) => {
    const req = request(
      `${origin}/api/${call.name}`,
      { agent, method: 'POST', headers: { 'content-type': 'application/json', origin, cookie }, timeout: timeoutMs },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(JSON.stringify(call.input));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `users` (each with its session cookie) for `seconds` at `rate` calls a second each. Users start spread
 * evenly over the first interval, as people do, and each keeps its own cadence: call k is due at start + k/rate
 * (sent as soon as the previous answer is in when the server is behind). Not autocannon's connectionRate: that
 * fires every connection's call in the same instant each second, so N users made a burst of N simultaneous calls
 * and p50 measured the queue behind the burst (~60 ms at N = 10 for calls that take 2–5 ms alone). A call's time
 * runs from just before its request is written to the end of its answer; calls in flight when the clock stops are
 * awaited and counted.
 */
export async function runLevel(origin: string, users: { user: SimulatedUser; cookie: string }[], seconds: number, rate: number): Promise<LevelResult> {
  const result: LevelResult = {
    users: users.length,
    seconds,
    latencies: new Map(),
    errors: new Map(),
    confirmed: { interactions: [], checkIns: [] },
    timeouts: 0,
    requests: 0,
  };
  const interval = 1000 / rate;
  const started = performance.now();
  const end = started + seconds * 1000;
  const simulate = async ({ user, cookie }: { user: SimulatedUser; cookie: string }, index: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let due = started + (interval * index) / users.length; due < end; due += interval) {
        await sleep(due - performance.now());
        // A server behind schedule gets no catching-up burst after the clock stops: calls/s stays what it served.
        if (performance.now() >= end) break;
        const call = user.next();
        const sent = performance.now();
        const answer = await post(agent, origin, cookie, call, 60_000);
        result.requests += 1;
        if (!answer) {
          result.timeouts += 1;
          continue;
        }
        record(result.latencies, call.name, performance.now() - sent);
        if (answer.status !== 200) {
          const code = /"code":"([a-z_]+)"/.exec(answer.body)?.[1] ?? `HTTP ${answer.status}`;
          const key = `${call.name} ${code}`;
          result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
          continue;
        }
        const id = dataId(answer.body);
        if (call.name === 'interactions.create' && id !== null) result.confirmed.interactions.push(id);
        if (call.name === 'attendance.checkIn') result.confirmed.checkIns.push(Number(call.input.attendanceId));
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(users.map(simulate));
  // The level's real length: calls in flight at the end are awaited, which takes long once the server saturates.
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
