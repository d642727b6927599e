/** Path identity without ExcelJS: the CLI's main thread checks outputs against inputs with it. */
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';

/** Absolute path with symlinks in its existing part resolved, so two spellings of a file compare equal. */
export async function canonicalPath(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    // The file itself may not exist yet: resolve its folder instead.
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

export async function isSameFile(a: string, b: string): Promise<boolean> {
  // One stat each, no thrown errors: a batch asks this for every copy it writes.
  const sa = statSync(a, { throwIfNoEntry: false, bigint: true });
  const sb = statSync(b, { throwIfNoEntry: false, bigint: true });
  // Same device and inode (bigint: Windows file ids pass 2^53): symlinks, hard links, other spellings,
  // case-insensitive file systems.
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  if (sa || sb) return false; // a file and a path where nothing is
  const [ca, cb] = await Promise.all([canonicalPath(a), canonicalPath(b)]);
  return ca === cb;
}
