/**
 * Why a file could not be read or written; every message is zh-CN, names the file, says what to do,
 * and is printed by the CLI as is (the JSON `error` of the file).
 */
export type XlsxReadProblem =
  | 'notFound'
  | 'unreadable'
  | 'empty'
  | 'legacyXls'
  | 'encrypted'
  | 'notXlsx'
  | 'corrupt'
  | 'tooLarge';

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

/** A scored copy (or summary) could not be written; nothing was left under the target name. */
export class XlsxWriteError extends Error {
  readonly code: string | undefined;

  constructor(target: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(`写出“${target}”失败：${writeReason(code, cause)}。未留下写了一半的文件，原有文件（如有）保持不变。`, { cause });
    this.name = 'XlsxWriteError';
    this.code = code;
  }
}

function writeReason(code: string | undefined, cause: unknown): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足，请清理磁盘后重试';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限，请换一个输出文件夹或检查权限';
    case 'EROFS':
      return '输出位置是只读的，请换一个输出文件夹';
    case 'EBUSY':
      return '目标文件正被其他程序（如 Excel、WPS）占用，请关闭后重试';
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EEXIST':
      return '目标位置已有同名文件夹或路径中有同名文件，请换一个输出文件夹';
    case undefined:
      return contentReason(cause);
    default:
      // An I/O error the system reports (EIO, ETIMEDOUT on a network share …) may pass.
      return `写入磁盘时出错（${code}），请把输出文件夹换到本地磁盘后重试`;
  }
}

/** No system error code: the workbook's content made the write fail, and the same input fails again. */
function contentReason(cause: unknown): string {
  const detail = String((cause as { message?: unknown } | null)?.message ?? cause).slice(0, 200);
  if (/shared formula/i.test(detail)) {
    return `表中一组向下填充的“共享公式”无法按要求改写（${detail}）。重试不会改变结果：请不带 --overwrite-scores 评分（只填写空白单元格），或在 Excel 中把该列公式复制后“粘贴为数值”、另存后再评分`;
  }
  return `工作簿中有无法写出的内容（${detail}）。这不是磁盘或权限问题，重试不会改变结果：请在 Excel 中打开原表、另存为 .xlsx 后再评分，如仍失败请把该文件反馈给维护人员`;
}

/** How the messages refer to the file: its path as given, or "该文件" for a bare buffer. */
export const fileLabel = (file?: string) => (file ? `“${file}”` : '该文件');

const RESAVE = '在 Excel 或 WPS 中打开，另存为「Excel 工作簿（*.xlsx）」后再试';
const SAVE_AS_XLSX = `请${RESAVE}`;
const ASK_AGAIN = '请向报送单位重新索取该文件';

/** The zh-CN messages, one per situation the reader tells apart; `f` is fileLabel(file). */
export const readMessages = {
  notFound: (f: string) => `找不到文件${f}：它可能在处理期间被移动、改名或删除。请确认文件仍在原处后重试。`,
  folder: (f: string) => `${f}是文件夹，不是 .xlsx 文件。`,
  notRegular: (f: string, kind: string) => `无法读取${f}：这是${kind}，不是普通文件，不能作为 .xlsx 读取。请确认路径是否写错，并指定工作簿文件本身。`,
  unreadable: (f: string) =>
    `无法读取${f}：没有读取权限，或文件正被其他程序占用。请关闭占用它的程序（如 Excel、WPS），或检查文件权限后重试。`,
  ioError: (f: string, code: string) => `无法读取${f}：读取磁盘时出错（${code}）。请把文件复制到本地磁盘后重试。`,
  empty: (f: string) => `无法读取${f}：文件为空（0 字节），可能没有下载或复制完整。${ASK_AGAIN}。`,
  legacyXls: (f: string) => `无法读取${f}：这是旧版 Excel 97-2003（.xls）文件，只是扩展名为 .xlsx。${SAVE_AS_XLSX}。`,
  encrypted: (f: string) =>
    `无法读取${f}：文件已加密（设置了打开密码）。请用密码在 Excel 中打开，在「文件 › 信息 › 保护工作簿 › 用密码进行加密」中清空密码并保存，或请报送单位提供未加密的文件。`,
  legacyOrEncrypted: (f: string) =>
    `无法读取${f}：这是旧版 .xls 文件或已加密（设置了打开密码）的工作簿。如有打开密码，请先在 Excel 中取消密码；如是 .xls，${SAVE_AS_XLSX}。`,
  otherOffice: (f: string, kind: string) => `无法读取${f}：这是 ${kind}，不是 Excel 工作簿。请确认是否发错了文件。`,
  openDocument: (f: string) => `无法读取${f}：这是 OpenDocument 表格（.ods），不是 .xlsx。${SAVE_AS_XLSX}。`,
  text: (f: string) => `无法读取${f}：这是文本（CSV）文件，只是扩展名为 .xlsx。${SAVE_AS_XLSX}。`,
  markup: (f: string) =>
    `无法读取${f}：这是网页（HTML）或 XML 格式的文件（常见于从业务系统导出的“Excel”），不是 .xlsx。${SAVE_AS_XLSX}。`,
  pdf: (f: string) => `无法读取${f}：这是 PDF 文件，不是 Excel 工作簿。请向报送单位索取 .xlsx 格式的自评表。`,
  unknownFormat: (f: string) => `无法读取${f}：不是有效的 .xlsx 文件（无法识别的文件格式）。请确认文件完整，并${RESAVE}。`,
  zipNotWorkbook: (f: string) =>
    `无法读取${f}：这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。如果自评表在压缩包里，请先解压，再对解压出的 .xlsx 评分。`,
  truncated: (f: string, detail: string) =>
    `无法读取${f}：文件已损坏或不完整（${detail}），可能没有下载或复制完整。${ASK_AGAIN}。`,
  crcMismatch: (f: string, entry: string) =>
    `无法读取${f}：文件已损坏，其中的部件“${entry}”校验失败（CRC-32 不符），内容在保存、传输或存储中出了错，读出的内容不可信，已拒绝评分。${ASK_AGAIN}。`,
  unsupportedZip: (f: string, entry: string) =>
    `无法读取${f}：其中的“${entry}”使用了 Excel 不会使用的压缩方式，文件已损坏或不是 Excel 保存的。${SAVE_AS_XLSX}。`,
  unparseable: (f: string, detail: string) =>
    `无法读取${f}：文件已损坏，工作簿内容无法解析。请在 Excel 中打开并另存为 .xlsx 后再评分；打不开则${ASK_AGAIN}。（技术细节：${detail}）`,
  damagedPackage: (f: string, detail: string) =>
    `无法读取${f}：文件已损坏（${detail}），不能完整读出全部工作表，因此没有评分、也没有写出副本。请在 Excel 中打开并另存为 .xlsx 后再评分；打不开则${ASK_AGAIN}。`,
  fileTooLarge: (f: string, size: string, limit: string) =>
    `无法读取${f}：文件有 ${size}，超过 ${limit} 的上限（自评表通常不足 1 MB）。请删除多余的工作表、图片或数据后再试。`,
  unpackedTooLarge: (f: string, size: string, limit: string) =>
    `无法读取${f}：解压后将有 ${size}，超过 ${limit} 的上限，可能是异常或恶意的“压缩炸弹”，已拒绝解压。请确认文件来源；如确为正常工作簿，请删除多余内容后再试。`,
  ratioTooHigh: (f: string, entry: string, ratio: number) =>
    `无法读取${f}：其中的“${entry}”压缩比达 ${ratio}:1，疑似“压缩炸弹”，已拒绝解压。请确认文件来源，必要时请报送单位重新保存后发送。`,
  sizeLies: (f: string, entry: string) =>
    `无法读取${f}：其中的“${entry}”解压后比文件声明的大，文件已损坏或被篡改（疑似“压缩炸弹”），已拒绝处理。${ASK_AGAIN}。`,
  tooManyEntries: (f: string, limit: number) =>
    `无法读取${f}：压缩包内有超过 ${limit} 个部件，不像是自评表工作簿，已拒绝处理。请确认是否发错了文件。`,
} as const;
