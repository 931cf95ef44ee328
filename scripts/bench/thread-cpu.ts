// How busy the office server's threads were during a level (Linux /proc; elsewhere nothing is said): its main
// thread — the one writer, which also reads every request and writes every answer — against the whole process
// (the reader threads, V8's helpers). Tells a saturated writer from saturated readers.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports thread times in USER_HZ ticks, 100 a second on every common build (getconf CLK_TCK). */
const clockTicksPerSecond = 100;

export interface CpuSample {
  at: number;
  main: number;
  all: number;
}

function ticks(statPath: string): number {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

export function cpuSample(pid: number): CpuSample | null {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    const all = tasks.reduce((sum, tid) => sum + ticks(`/proc/${pid}/task/${tid}/stat`), 0);
    return { at: performance.now(), main: ticks(`/proc/${pid}/task/${pid}/stat`), all };
  } catch {
    return null;
  }
}

/** Percent of one core over the interval (100% = one core busy all the time). */
export function cpuBetween(before: CpuSample | null, after: CpuSample | null): string {
  if (!before || !after) return 'server CPU: not measured (no /proc)';
  const seconds = (after.at - before.at) / 1000;
  const percent = (t: number) => ((t / clockTicksPerSecond / seconds) * 100).toFixed(0);
  return `server CPU: main thread ${percent(after.main - before.main)}% of a core, whole process ${percent(after.all - before.all)}%`;
}
