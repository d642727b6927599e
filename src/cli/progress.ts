/** A progress bar on stderr for batches (cli-progress); silent for one file or when stderr is not a terminal. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(file: string): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WritableStream): Progress {
  const tty = (stream as NodeJS.WriteStream).isTTY === true;
  if (total < 2 || !tty) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: stream as NodeJS.WriteStream, format: '评分中 [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file: file.length > 40 ? '…' + file.slice(-39) : file }),
    stop: () => bar.stop(),
  };
}
