/** Path identity without ExcelJS: the CLI's main thread checks outputs against inputs with it. */
import { promises as fs } from 'node:fs';
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
  const [ca, cb] = await Promise.all([canonicalPath(a), canonicalPath(b)]);
  if (ca === cb) return true;
  // Hard links and case-insensitive file systems: same device and inode.
  try {
    const [sa, sb] = await Promise.all([fs.stat(ca), fs.stat(cb)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
