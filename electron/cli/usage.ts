/** What the headless commands share about their options. */

/**
 * A command's argument parser returns text when it can't go on: the usage (asked for with --help) goes to stdout
 * with exit 0, anything else is an error for stderr with exit 2. `exitForArgText(USAGE, USAGE, io)` → 0.
 */
export function exitForArgText(text: string, usage: string, io: { out(text: string): void; err(text: string): void }): number {
  if (text === usage) {
    io.out(`${usage}\n`);
    return 0;
  }
  io.err(`${text}\n`);
  return 2;
}
