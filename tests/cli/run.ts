/** Runs the CLI in-process with captured stdout/stderr. */
import { Writable } from 'stream';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const code = await main(['node', 'ziping', ...args], { out: out as unknown as typeof process.stdout, err: err as unknown as typeof process.stderr });
  return { code, stdout: out.text(), stderr: err.text() };
}
