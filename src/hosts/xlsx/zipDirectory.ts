/**
 * Reads a zip file's central directory from a Buffer, without inflating anything, so the sizes an
 * archive declares can be checked before ExcelJS (JSZip) is allowed to decompress it.
 * Format: PKWARE APPNOTE 6.3 — end of central directory record, optional ZIP64 records, then one
 * central directory header per entry.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else JSZip cannot read. */
  method: number;
  /** General purpose flag bit 0: the entry itself is encrypted (zip password). */
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** CRC-32 of the inflated data, as the central directory records it. */
  crc32: number;
  /** Offset of the entry's compressed data (after its local header). */
  dataOffset: number;
}

/** Thrown when the bytes are not a complete, well-formed zip (typically a truncated download). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function need(buf: Buffer, offset: number, length: number, what: string): void {
  if (offset < 0 || offset + length > buf.length) throw new ZipFormatError(`${what} 超出文件末尾`);
}

/** The end of central directory record is the last thing in the file, followed only by a comment. */
function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw new ZipFormatError('找不到 zip 目录，文件末尾缺失');
}

function readBig(buf: Buffer, offset: number): number {
  const v = buf.readBigUInt64LE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip 目录中的数值过大');
  return Number(v);
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function directoryOf(buf: Buffer): Directory {
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    // ZIP64: a locator just before the EOCD points at the 64-bit record.
    const locator = eocd - 20;
    need(buf, locator, 20, 'ZIP64 定位记录');
    if (buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIG) throw new ZipFormatError('缺少 ZIP64 定位记录');
    const record = readBig(buf, locator + 8);
    need(buf, record, 56, 'ZIP64 目录记录');
    if (buf.readUInt32LE(record) !== ZIP64_EOCD_SIG) throw new ZipFormatError('ZIP64 目录记录无效');
    count = readBig(buf, record + 32);
    size = readBig(buf, record + 40);
    offset = readBig(buf, record + 48);
  }
  need(buf, offset, size, 'zip 目录');
  return { count, offset, size };
}

/** ZIP64 extended information (extra field 0x0001) carries the sizes whose 32-bit fields are 0xFFFFFFFF. */
function applyZip64Extra(
  buf: Buffer,
  extraStart: number,
  extraEnd: number,
  sizes: { uncompressed: number; compressed: number; localOffset: number },
): void {
  let p = extraStart;
  while (p + 4 <= extraEnd) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    const body = p + 4;
    if (body + len > extraEnd) break;
    if (id === 0x0001) {
      let q = body;
      const take = () => {
        if (q + 8 > body + len) throw new ZipFormatError('ZIP64 扩展字段不完整');
        const v = readBig(buf, q);
        q += 8;
        return v;
      };
      if (sizes.uncompressed === U32_MAX) sizes.uncompressed = take();
      if (sizes.compressed === U32_MAX) sizes.compressed = take();
      if (sizes.localOffset === U32_MAX) sizes.localOffset = take();
      return;
    }
    p = body + len;
  }
}

/**
 * Every entry the central directory lists, with its declared sizes and where its data starts.
 * Throws ZipFormatError when the directory or a local header is missing or runs past the end.
 * Stops after `maxEntries` + 1 entries so a directory of millions costs nothing more.
 */
export function readZipDirectory(buf: Buffer, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] {
  if (buf.length < EOCD_SIZE) throw new ZipFormatError('文件太短，不是完整的 zip');
  const dir = directoryOf(buf);
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.count && entries.length <= maxEntries; i++) {
    need(buf, p, 46, 'zip 目录项');
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipFormatError('zip 目录项无效');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    const sizes = {
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    need(buf, p + 46, nameLen + extraLen + commentLen, 'zip 目录项');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    applyZip64Extra(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, sizes);

    const local = sizes.localOffset;
    need(buf, local, 30, `“${name}”的本地文件头`);
    if (buf.readUInt32LE(local) !== LOCAL_SIG) throw new ZipFormatError(`“${name}”的本地文件头无效`);
    const dataOffset = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    need(buf, dataOffset, sizes.compressed, `“${name}”的数据`);

    entries.push({
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      crc32,
      dataOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
