/** What a progress bar shows: rows read so far, and how far through the file's bytes when its size is known. */
export interface ProgressBarFigures {
  rows: number;
  bytesRead: number;
  totalBytes?: number;
  rowsPerSecond: number;
  secondsLeft?: number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** "0:12", "3:05", "1:02:03": seconds as a clock reads them. */
export function clockTime(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * One line of progress: `[#########-----------]  45%  123,456 rows  8,900 rows/s  ETA 0:12`. `width` is the bar's
 * width between the brackets. Without a known size there is no bar, percentage or estimate: only rows and rate.
 */
export function renderProgressBar(figures: ProgressBarFigures, width = 20): string {
  const parts: string[] = [];
  const { totalBytes } = figures;
  if (totalBytes !== undefined && totalBytes > 0) {
    const fraction = Math.min(1, Math.max(0, figures.bytesRead / totalBytes));
    const filled = Math.floor(fraction * width);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`, `${String(Math.floor(fraction * 100)).padStart(3)}%`);
  }
  parts.push(`${count(figures.rows)} rows`, `${count(figures.rowsPerSecond)} rows/s`);
  if (figures.secondsLeft !== undefined && Number.isFinite(figures.secondsLeft)) parts.push(`ETA ${clockTime(figures.secondsLeft)}`);
  return parts.join('  ');
}
