/**
 * Lists the stream names in an OLE compound file (MS-CFB), the container of old .xls/.doc files and
 * of password-protected .xlsx files. Only the directory is read: enough to tell those apart.
 */

const HEADER_SIZE = 512;
const DIR_ENTRY_SIZE = 128;
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
/** Sector numbers at or above this are markers (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT). */
const MAX_REGULAR_SECTOR = 0xfffffffa;

export const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= CFB_MAGIC.length && buf.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC);
}

/**
 * Names of the storages and streams in the file's directory, or null when the header or the
 * sector chains are inconsistent (a truncated or damaged file).
 */
export function compoundFileNames(buf: Buffer): string[] | null {
  if (!isCompoundFile(buf) || buf.length < HEADER_SIZE) return null;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((buf.length - HEADER_SIZE) / sectorSize) + 1;
  const sectorOffset = (n: number) => HEADER_SIZE + n * sectorSize;
  const validSector = (n: number) => n < MAX_REGULAR_SECTOR && sectorOffset(n) < buf.length;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = buf.readUInt32LE(0x4c + i * 4);
    if (s !== FREESECT) fatSectors.push(s);
  }
  let difat = buf.readUInt32LE(0x44);
  for (let guard = 0; difat !== ENDOFCHAIN && difat !== FREESECT; guard++) {
    if (guard > sectorCount || !validSector(difat)) return null;
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && base + i * 4 + 4 <= buf.length; i++) {
      const s = buf.readUInt32LE(base + i * 4);
      if (s !== FREESECT) fatSectors.push(s);
    }
    if (base + sectorSize > buf.length) return null;
    difat = buf.readUInt32LE(base + perSector * 4);
  }

  const nextSector = (n: number): number | null => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined || !validSector(fatSector)) return null;
    const at = sectorOffset(fatSector) + (n % perSector) * 4;
    return at + 4 <= buf.length ? buf.readUInt32LE(at) : null;
  };

  const names: string[] = [];
  let sector = buf.readUInt32LE(0x30);
  for (let guard = 0; sector !== ENDOFCHAIN; guard++) {
    if (guard > sectorCount || !validSector(sector)) return null;
    const base = sectorOffset(sector);
    for (let e = 0; e < sectorSize / DIR_ENTRY_SIZE; e++) {
      const at = base + e * DIR_ENTRY_SIZE;
      if (at + DIR_ENTRY_SIZE > buf.length) break;
      const type = buf[at + 0x42];
      const nameBytes = buf.readUInt16LE(at + 0x40);
      // 1 storage, 2 stream, 5 root; 0 is an unused slot.
      if ((type === 1 || type === 2) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(buf.toString('utf16le', at, at + nameBytes - 2));
      }
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}
