/**
 * Wraps a line writer so that it writes at most once per interval; the first line always goes through. For
 * progress on stderr during long runs, where a line per batch would flood the terminal.
 */
export function throttled(intervalMs: number, write: (line: string) => void, now: () => number = Date.now): (line: string) => void {
  let last = -Infinity;
  return (line) => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    write(line);
  };
}

/** "350000 / 1000000 (35%)": how far a run is, against the head it is catching up to. */
export function progressOf(done: number, total: number): string {
  if (total <= 0) return `${done} / ${total}`;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return `${done} / ${total} (${percent}%)`;
}
