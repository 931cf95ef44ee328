// The simulated office for npm run bench:office: N signed-in users, each on its own keep-alive connection, each
// at `rate` requests a second (autocannon's connectionRate), each with its own session cookie and its own round
// of calls. Latency is timed per procedure from the moment autocannon builds a request (just before it writes it)
// to its answer.
import { request } from 'node:http';
import autocannon, { type Client, type Request } from 'autocannon';
import type { Account, Fixtures } from './office-file';
import { benchPassword } from './office-file';

export interface Call {
  name: string;
  input: Record<string, unknown>;
}

/** What one level of load measured. */
export interface LevelResult {
  users: number;
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

/** Runs `users` (each with its session cookie) for `seconds` at `rate` calls a second each. */
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
  let nextClient = 0;
  const setupClient = (client: Client) => {
    const simulated = users[nextClient++ % users.length];
    if (!simulated) return;
    let sent = 0;
    let call: Call = { name: 'app.status', input: {} };
    const step: Request = {
      method: 'POST',
      setupRequest: (req) => {
        call = simulated.user.next();
        sent = performance.now();
        return {
          ...req,
          method: 'POST',
          path: `/api/${call.name}`,
          headers: { 'content-type': 'application/json', origin, cookie: simulated.cookie },
          body: JSON.stringify(call.input),
        };
      },
      onResponse: (status, body) => {
        record(result.latencies, call.name, performance.now() - sent);
        if (status !== 200) {
          const code = /"code":"([a-z_]+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
          const key = `${call.name} ${code}`;
          result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
          return;
        }
        const id = dataId(body);
        if (call.name === 'interactions.create' && id !== null) result.confirmed.interactions.push(id);
        if (call.name === 'attendance.checkIn') result.confirmed.checkIns.push(Number(call.input.attendanceId));
      },
    };
    client.setRequests([step]);
  };
  const run = await autocannon({ url: origin, connections: users.length, connectionRate: rate, duration: seconds, timeout: 60, setupClient });
  result.timeouts = run.timeouts;
  result.requests = run.requests.total;
  return result;
}
