/**
 * Builders for the bad inputs of tests/reliability: zips written byte by byte (with sizes that may
 * lie), OLE compound files with chosen stream names, and deflate streams that inflate enormously.
 * Everything is made in memory, so no suspicious binaries are committed.
 */
import { constants, deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntrySpec {
  name: string;
  /** The entry's content; compressed with deflate unless `store` or `compressed` is given. */
  data?: Buffer | string;
  store?: boolean;
  /** Ready-made deflate data (e.g. a bomb); `data` is then ignored. */
  compressed?: Buffer;
  /** The uncompressed size written in the headers, true or not. */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
  method?: number;
  /** The CRC-32 written in the headers, true or not (default: the data's own; 0 for `compressed`). */
  crc?: number;
  /** Write the sizes as 0xFFFFFFFF with the real ones in a ZIP64 extra field (as for entries over 4 GB). */
  zip64?: boolean;
}

export interface ZipOptions {
  /** End the archive with ZIP64 end-of-central-directory records (the 32-bit EOCD fields set to all ones). */
  zip64End?: boolean;
}

/** A zip archive with exactly the headers asked for (no ZIP64). */
export function zipOf(entries: ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const method = e.method ?? (e.store && !e.compressed ? 0 : 8);
    const body = e.compressed ?? (method === 0 ? raw : deflateRawSync(raw));
    const size = e.declaredSize ?? raw.length;
    const crc = e.crc ?? (e.compressed ? 0 : crc32(raw));
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(e.zip64 ? 20 : 0);
    if (e.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  if (!options.zip64End) {
    eocd.writeUInt16LE(entries.length, 8);
    eocd.writeUInt16LE(entries.length, 10);
    eocd.writeUInt32LE(dir.length, 12);
    eocd.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, dir, eocd]);
  }
  eocd.fill(0xff, 8, 20);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(dir.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, dir, record, locator, eocd]);
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros, about 1 KB per MB: independent
 * sync-flushed blocks of 1 MB each, then an empty final block.
 */
export function zerosDeflate(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00]));
  return Buffer.concat(parts);
}

/** The parts every workbook package has, so a zip made of them passes the "is it a workbook" test. */
export const WORKBOOK_SKELETON: ZipEntrySpec[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook/>' },
];

/**
 * An OLE compound file (MS-CFB v3, 512-byte sectors) whose directory holds the given stream names
 * (each empty): what an .xls ("Workbook") or a password-protected .xlsx ("EncryptionInfo",
 * "EncryptedPackage") looks like to a reader of the directory.
 */
export function compoundFileOf(streamNames: string[]): Buffer {
  const SECTOR = 512;
  const entriesPerSector = SECTOR / 128;
  const dirEntries = 1 + streamNames.length;
  const dirSectors = Math.ceil(dirEntries / entriesPerSector);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift: 512
  header.writeUInt16LE(6, 0x20); // mini sector shift: 64
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  header.fill(0xff, 0x4c, SECTOR); // DIFAT: all free …
  header.writeUInt32LE(0, 0x4c); // … except the FAT in sector 0

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT itself
  for (let i = 0; i < dirSectors; i++) fat.writeUInt32LE(i === dirSectors - 1 ? 0xfffffffe : 2 + i, 4 * (1 + i));

  const dir = Buffer.alloc(dirSectors * SECTOR);
  const writeEntry = (i: number, name: string, type: number, child: number, right: number) => {
    const at = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1; // black
    dir.writeUInt32LE(0xffffffff, at + 0x44); // left sibling
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(0xfffffffe, at + 0x74); // start sector: none (empty stream)
  };
  writeEntry(0, 'Root Entry', 5, streamNames.length ? 1 : 0xffffffff, 0xffffffff);
  streamNames.forEach((name, i) => writeEntry(1 + i, name, 2, 0xffffffff, i + 1 < streamNames.length ? 2 + i : 0xffffffff));
  return Buffer.concat([header, fat, dir]);
}
