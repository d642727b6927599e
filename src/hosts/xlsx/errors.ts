/** Why a file could not be read as a workbook; the message is zh-CN for the CLI to print as is. */
export type XlsxReadProblem = 'notFound' | 'empty' | 'legacyXls' | 'encrypted' | 'notXlsx' | 'corrupt';

export class XlsxReadError extends Error {
  readonly problem: XlsxReadProblem;

  constructor(problem: XlsxReadProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxReadError';
    this.problem = problem;
  }
}

/** Thrown when a write would overwrite the workbook it was read from. */
export class OverwriteInputError extends Error {
  constructor(path: string) {
    super(`输出文件与输入文件相同，已拒绝写入（不会修改原文件）：${path}`);
    this.name = 'OverwriteInputError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream name present in password-protected OOXML files (an OLE container, not a zip). */
const ENCRYPTION_INFO_UTF16 = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** A problem visible from the bytes alone, before ExcelJS is asked to parse them. */
export function sniffProblem(buf: Buffer): XlsxReadError | null {
  if (buf.length === 0) return new XlsxReadError('empty', '文件为空，无法读取。');
  if (startsWith(buf, CFB_MAGIC)) {
    return buf.includes(ENCRYPTION_INFO_UTF16)
      ? new XlsxReadError('encrypted', '文件已加密（设置了打开密码），请去掉密码后另存为 .xlsx 再试。')
      : new XlsxReadError('legacyXls', '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。');
  }
  if (!startsWith(buf, ZIP_MAGIC)) return new XlsxReadError('notXlsx', '不是有效的 .xlsx 文件。');
  return null;
}
