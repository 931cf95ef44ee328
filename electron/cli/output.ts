// What the command line prints. Names, titles and file contents reach the terminal here, so no raw control
// character (ESC starts terminal commands, CR overwrites a line) or bidi override (reorders what is shown)
// gets through: each is written as a visible \uXXXX escape, which inside JSON output is the same string.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unprintable = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(unprintable, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const line = (text: string) => `${printable(text).replace(/\n?$/, '\n')}`;

/** A result, on stdout. */
export function say(text: string): void {
  process.stdout.write(line(text));
}

/** An error or warning, on stderr, always ending with a newline. */
export function complain(text: string): void {
  process.stderr.write(line(text));
}

/**
 * `rapport stats | head -1`: once the reader has gone, the rest of the output has nowhere to go. Stop quietly
 * with the command's own outcome instead of an unhandled EPIPE and its stack trace.
 */
export function stopQuietlyWhenTheReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}
