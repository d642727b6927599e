/**
 * Everything that can be known about a would-be .xlsx from its bytes before ExcelJS parses it:
 * what kind of file it really is, whether the zip is complete, and whether inflating it stays within
 * XLSX_LIMITS. ExcelJS (JSZip) is only handed a package that passed all of this.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { compoundFileNames, isCompoundFile } from './compoundFile';
import { fileLabel, readMessages as M, XlsxReadError } from './errors';
import { megabytes, XLSX_LIMITS, type XlsxLimits } from './limits';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zipDirectory';

export interface InspectOptions {
  /** The path as given, for messages. */
  file?: string;
  limits?: XlsxLimits;
}

const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_EMPTY = Buffer.from('PK\x05\x06', 'latin1');
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

/** An old-format (OLE) file: tell .xls, encrypted .xlsx and other Office files apart by their streams. */
function compoundProblem(buf: Buffer, f: string): XlsxReadError {
  const names = compoundFileNames(buf);
  if (names === null) {
    // Damaged directory: a stream name still visible in the bytes is the best evidence left.
    const visible = (n: string) => buf.includes(Buffer.from(n, 'utf16le'));
    if (visible('EncryptedPackage') || visible('EncryptionInfo')) return new XlsxReadError('encrypted', M.encrypted(f));
    return new XlsxReadError('legacyXls', M.legacyOrEncrypted(f));
  }
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptedPackage') || has('EncryptionInfo')) return new XlsxReadError('encrypted', M.encrypted(f));
  if (has('Workbook') || has('Book')) return new XlsxReadError('legacyXls', M.legacyXls(f));
  if (has('WordDocument')) return new XlsxReadError('notXlsx', M.otherOffice(f, 'Word 文档（.doc）'));
  if (has('PowerPoint Document')) return new XlsxReadError('notXlsx', M.otherOffice(f, 'PowerPoint 演示文稿（.ppt）'));
  return new XlsxReadError('legacyXls', M.legacyOrEncrypted(f));
}

/** Not a zip and not OLE: say what it looks like so the clerk knows how to convert it. */
function foreignFormatProblem(buf: Buffer, f: string): XlsxReadError {
  const head = buf.subarray(0, 4096);
  let text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (head[0] === 0xff && head[1] === 0xfe) text = head.toString('utf16le').replace(/^\uFEFF/, '');
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('%pdf')) return new XlsxReadError('notXlsx', M.pdf(f));
  if (start.startsWith('<')) return new XlsxReadError('notXlsx', M.markup(f));
  // Text: no NUL bytes and few control characters (CSV in UTF-8, GBK or UTF-16 all pass).
  const sample = head[0] === 0xff && head[1] === 0xfe ? Buffer.from(text, 'utf8') : head;
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) control++;
  if (control === 0) return new XlsxReadError('notXlsx', M.text(f));
  return new XlsxReadError('notXlsx', M.unknownFormat(f));
}

/** A complete zip that is not a workbook: name the format when it is another Office/ODF file. */
function packageKindProblem(entries: ZipEntry[], buf: Buffer, f: string): XlsxReadError | null {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return null;
  if (names.has('word/document.xml')) return new XlsxReadError('notXlsx', M.otherOffice(f, 'Word 文档（.docx）'));
  if (names.has('ppt/presentation.xml')) return new XlsxReadError('notXlsx', M.otherOffice(f, 'PowerPoint 演示文稿（.pptx）'));
  const mimetype = entries.find((e) => e.name === 'mimetype' && e.method === METHOD_STORED);
  if (mimetype) {
    const type = buf.toString('latin1', mimetype.dataOffset, mimetype.dataOffset + Math.min(mimetype.compressedSize, 100));
    if (type.includes('opendocument.spreadsheet')) return new XlsxReadError('notXlsx', M.openDocument(f));
  }
  return new XlsxReadError('notXlsx', M.zipNotWorkbook(f));
}

/**
 * Declared sizes against the limits, then each entry inflated once: its real size against its
 * declaration and its CRC-32 against the central directory's.
 */
function sizeProblem(entries: ZipEntry[], buf: Buffer, f: string, limits: XlsxLimits): XlsxReadError | null {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      return new XlsxReadError('tooLarge', M.unpackedTooLarge(f, megabytes(declaredTotal(entries)), megabytes(limits.maxUncompressedBytes)));
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.suspiciousEntryBytes && ratio > limits.maxCompressionRatio) {
      return new XlsxReadError('tooLarge', M.ratioTooHigh(f, e.name, Math.round(ratio)));
    }
  }
  for (const e of entries) {
    const stored = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let data: Buffer;
    if (e.method === METHOD_STORED) {
      if (e.compressedSize !== e.uncompressedSize) return new XlsxReadError('corrupt', M.truncated(f, `“${e.name}”的大小不一致`));
      data = stored;
    } else {
      // JSZip trusts the declared size; inflate once with a hard cap so a lying entry cannot balloon.
      try {
        data = inflateRawSync(stored, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          return new XlsxReadError('tooLarge', M.sizeLies(f, e.name), { cause: err });
        }
        return new XlsxReadError('corrupt', M.truncated(f, `“${e.name}”的压缩数据无效`), { cause: err });
      }
    }
    // A flipped bit can still inflate (to garbled text): only the checksum tells. JSZip does not check it.
    if (crc32(data) >>> 0 !== e.crc32 >>> 0) return new XlsxReadError('corrupt', M.crcMismatch(f, e.name));
  }
  return null;
}

const declaredTotal = (entries: ZipEntry[]) => entries.reduce((n, e) => n + e.uncompressedSize, 0);

/** The reason these bytes cannot be read as an .xlsx, or null when ExcelJS may parse them. */
export function inspectWorkbookBytes(buf: Buffer, opts: InspectOptions = {}): XlsxReadError | null {
  const f = fileLabel(opts.file);
  const limits = opts.limits ?? XLSX_LIMITS;
  if (buf.length === 0) return new XlsxReadError('empty', M.empty(f));
  if (buf.length > limits.maxFileBytes) {
    return new XlsxReadError('tooLarge', M.fileTooLarge(f, megabytes(buf.length), megabytes(limits.maxFileBytes)));
  }
  if (isCompoundFile(buf)) return compoundProblem(buf, f);
  const head = buf.subarray(0, 4);
  if (head.equals(ZIP_EMPTY)) return new XlsxReadError('notXlsx', M.zipNotWorkbook(f));
  if (!head.equals(ZIP_LOCAL)) {
    // A zip cut short before its first header still starts with "PK".
    if (buf.length < 4 && ZIP_LOCAL.subarray(0, buf.length).equals(buf)) return new XlsxReadError('corrupt', M.truncated(f, '文件过短'));
    return foreignFormatProblem(buf, f);
  }

  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(buf, limits.maxEntries);
  } catch (err) {
    if (err instanceof ZipFormatError) return new XlsxReadError('corrupt', M.truncated(f, err.message), { cause: err });
    throw err;
  }
  if (entries.length > limits.maxEntries) return new XlsxReadError('tooLarge', M.tooManyEntries(f, limits.maxEntries));
  const kind = packageKindProblem(entries, buf, f);
  if (kind) return kind;
  if (entries.some((e) => e.encrypted)) return new XlsxReadError('encrypted', M.encrypted(f));
  const odd = entries.find((e) => e.method !== METHOD_STORED && e.method !== METHOD_DEFLATE);
  if (odd) return new XlsxReadError('corrupt', M.unsupportedZip(f, odd.name));
  return sizeProblem(entries, buf, f, limits);
}
