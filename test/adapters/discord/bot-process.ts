import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

/**
 * A built entry point (`dist/*.js`) running as its own process, as `npm run discord` starts it, with every
 * line it prints captured. Tests start it with a chosen environment only (no inherited DISCORD_* value).
 */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything printed so far, standard output and standard error together. */
  output(): string;
  /** Resolves with the first match in the output (already printed or still to come); rejects after 5 s. */
  waitForOutput(pattern: RegExp, what?: string): Promise<RegExpMatchArray>;
  /** Resolves when the process exits; rejects if it has not within `withinMs`. */
  exited(withinMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILLs the process if it still runs (for afterAll: never leave one behind). */
  kill(): void;
}

export function startBotProcess(script: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));

  return {
    child,
    output: () => text,
    waitForOutput(pattern, what = String(pattern)) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const match = pattern.exec(text);
          if (!match) return false;
          listeners.delete(onData);
          clearTimeout(timer);
          resolve(match);
          return true;
        };
        const onData = (): void => void check();
        const timer = setTimeout(() => {
          listeners.delete(onData);
          reject(new Error(`${script} did not print ${what} within 5 s; it printed:\n${text}`));
        }, 5000);
        if (!check()) listeners.add(onData);
      });
    },
    exited(withinMs = 5000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${script} still ran ${withinMs} ms after being asked to stop; it printed:\n${text}`)), withinMs);
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * Whether a process with this id still runs (signal 0 checks without sending anything). An exited process
 * that nobody has reaped yet (a zombie: an orphan waits for the container's init) does not count.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/PID/stat: "pid (comm) state …"; the command name may hold spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves once the process is gone; rejects if it still runs after 5 s. */
export async function waitUntilGone(pid: number): Promise<void> {
  for (let waited = 0; isRunning(pid); waited += 50) {
    if (waited >= 5000) throw new Error(`process ${pid} still runs 5 s later`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
