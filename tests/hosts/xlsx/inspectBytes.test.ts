import { promises as fs } from 'node:fs';
import JSZip from 'jszip';
import {
  compoundFileNames,
  inspectWorkbookBytes,
  readWorkbookBuffer,
  readZipDirectory,
  XLSX_LIMITS,
  XlsxReadError,
  ZipFormatError,
  type XlsxLimits,
} from '../../../src/hosts/xlsx';
import { compoundFileOf, crc32, WORKBOOK_SKELETON, zerosDeflate, zipOf } from '../../helpers/badFiles';
import { fixture, fixtureNames } from '../../helpers/fixtures';

const MB = 1024 * 1024;

describe('readZipDirectory', () => {
  it.each(fixtureNames())('%s: the same entries and sizes JSZip finds', async (name) => {
    const buf = await fs.readFile(fixture(name));
    const entries = readZipDirectory(buf);
    const zip = await JSZip.loadAsync(buf);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(zip.files).sort());
    for (const e of entries) {
      const data = await zip.file(e.name)?.async('nodebuffer');
      expect(e.uncompressedSize).toBe(data?.length ?? 0);
      expect([0, 8]).toContain(e.method);
      expect(e.encrypted).toBe(false);
    }
    expect(inspectWorkbookBytes(buf)).toBeNull();
  });

  it('reads ZIP64 sizes from the extra field and the ZIP64 end records', () => {
    const buf = zipOf(
      [...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', compressed: zerosDeflate(1), declaredSize: 5 * 1024 * MB, zip64: true }],
      { zip64End: true },
    );
    const entries = readZipDirectory(buf);
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 98],
      ['xl/workbook.xml', 32],
      ['xl/worksheets/sheet1.xml', 5 * 1024 * MB],
    ]);
    const problem = inspectWorkbookBytes(buf, { file: 'x.xlsx' });
    expect(problem?.problem).toBe('tooLarge');
    expect(problem?.message).toContain('解压后将有 5120 MB，超过 200 MB 的上限');
  });

  it('throws ZipFormatError for a directory that runs past the end or a bad local header', () => {
    const good = zipOf(WORKBOOK_SKELETON);
    expect(() => readZipDirectory(good.subarray(0, good.length - 1))).toThrow(ZipFormatError);
    const badLocal = Buffer.from(good);
    badLocal.writeUInt32LE(0x12345678, 0);
    expect(() => readZipDirectory(badLocal)).toThrow(/本地文件头无效/);
    const shortDir = Buffer.from(good);
    shortDir.writeUInt32LE(good.length, good.length - 6); // directory offset past the end
    expect(() => readZipDirectory(shortDir)).toThrow(/超出文件末尾/);
  });

  it('stops listing after maxEntries + 1 entries', () => {
    const many = zipOf(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    expect(readZipDirectory(many, 10)).toHaveLength(11);
  });
});

describe('limits, narrowed to fit small test files', () => {
  it('refuses each limit with its own message, and accepts the file at the limit', async () => {
    const buf = await fs.readFile(fixture('national-kunming-2022.xlsx'));
    const total = readZipDirectory(buf).reduce((n, e) => n + e.uncompressedSize, 0);
    const read = (limits: Partial<XlsxLimits>) => readWorkbookBuffer(buf, { file: 'k.xlsx', limits: { ...XLSX_LIMITS, ...limits } });

    await expect(read({ maxUncompressedBytes: total })).resolves.toBeDefined();
    await expect(read({ maxUncompressedBytes: total - 1 })).rejects.toMatchObject({ problem: 'tooLarge', message: expect.stringContaining('“k.xlsx”：解压后将有') });
    await expect(read({ maxFileBytes: buf.length })).resolves.toBeDefined();
    await expect(read({ maxFileBytes: buf.length - 1 })).rejects.toMatchObject({ problem: 'tooLarge', message: expect.stringContaining('的上限（自评表通常不足 1 MB）') });
    await expect(read({ maxEntries: 16 })).resolves.toBeDefined();
    await expect(read({ maxEntries: 15 })).rejects.toMatchObject({ problem: 'tooLarge', message: expect.stringContaining('超过 15 个部件') });
    await expect(read({ suspiciousEntryBytes: 1000, maxCompressionRatio: 2 })).rejects.toMatchObject({ problem: 'tooLarge', message: expect.stringContaining('压缩比达') });
  });

  it('a 60 MB entry at a ratio under 100:1 is accepted by the limits (then parsed or not by ExcelJS)', () => {
    // 60 MB declared over 1 MB stored: ratio 60, total under 200 MB → not a bomb; the stored size check then flags the mismatch.
    const buf = zipOf([...WORKBOOK_SKELETON, { name: 'xl/media/a.bin', data: Buffer.alloc(MB), store: true, declaredSize: 60 * MB }]);
    expect(inspectWorkbookBytes(buf)?.message).toContain('“xl/media/a.bin”的大小不一致');
  });
});

describe('compoundFileNames', () => {
  it('lists the streams of a directory spanning several sectors', () => {
    const names = ['Workbook', 'SummaryInformation', 'DocumentSummaryInformation', 'A', 'B', 'C', 'D', 'E', 'F'];
    expect(compoundFileNames(compoundFileOf(names))).toEqual(names);
  });

  it('gives null for a broken chain, and the reader falls back to what the bytes show', () => {
    const enc = compoundFileOf(['EncryptionInfo', 'EncryptedPackage']);
    const broken = Buffer.from(enc);
    broken.writeUInt32LE(999, 0x30); // directory start beyond the end
    expect(compoundFileNames(broken)).toBeNull();
    expect(inspectWorkbookBytes(broken)?.problem).toBe('encrypted');
    const xls = Buffer.from(compoundFileOf(['Workbook']));
    xls.writeUInt32LE(999, 0x30);
    const p = inspectWorkbookBytes(xls, { file: 'a.xlsx' });
    expect(p?.problem).toBe('legacyXls');
    expect(p?.message).toContain('这是旧版 .xls 文件或已加密（设置了打开密码）的工作簿');
  });

  it('names .xls (Book, Workbook), encrypted packages, .doc and .ppt apart', () => {
    const kind = (names: string[]) => inspectWorkbookBytes(compoundFileOf(names)) as XlsxReadError;
    expect(kind(['Book']).problem).toBe('legacyXls');
    expect(kind(['Workbook']).message).toContain('Excel 97-2003（.xls）');
    expect(kind(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']).problem).toBe('encrypted');
    expect(kind(['WordDocument']).message).toContain('Word 文档（.doc）');
    expect(kind(['PowerPoint Document']).message).toContain('PowerPoint 演示文稿（.ppt）');
    expect(kind(['Something']).message).toContain('旧版 .xls 文件或已加密');
  });
});

describe('other formats', () => {
  it('OpenDocument spreadsheets, PowerPoint, empty zips and GBK/UTF-16 text', () => {
    const ods = zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'content.xml', data: '<x/>' }]);
    expect(inspectWorkbookBytes(ods)?.message).toContain('OpenDocument 表格（.ods）');
    expect(inspectWorkbookBytes(zipOf([{ name: 'ppt/presentation.xml', data: '<p/>' }]))?.message).toContain('PowerPoint 演示文稿（.pptx）');
    expect(inspectWorkbookBytes(zipOf([]))?.message).toContain('zip 压缩包，但不是 Excel 工作簿');
    // "指标,分值" in GBK, and in UTF-16 with its byte order mark.
    expect(inspectWorkbookBytes(Buffer.from([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xb7, 0xd6, 0xd6, 0xb5, 0x0a]))?.message).toContain('文本（CSV）');
    expect(inspectWorkbookBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('指标,分值\n', 'utf16le')]))?.message).toContain('文本（CSV）');
    expect(inspectWorkbookBytes(Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'))?.message).toContain('XML 格式');
    expect(inspectWorkbookBytes(Buffer.from('PK'))?.problem).toBe('corrupt');
  });

  it('an entry with a compression method Excel never uses', () => {
    const buf = zipOf([...WORKBOOK_SKELETON, { name: 'xl/styles.xml', data: 'x', store: true, method: 12 }]);
    expect(inspectWorkbookBytes(buf)?.message).toContain('“xl/styles.xml”使用了 Excel 不会使用的压缩方式');
  });
});

describe('CRC-32 of every part', () => {
  it('reads each entry’s CRC from the central directory, as zlib computes it', async () => {
    const buf = await fs.readFile(fixture('national-kunming-2022.xlsx'));
    const zip = await JSZip.loadAsync(buf);
    const parts = readZipDirectory(buf).filter((e) => !e.name.endsWith('/')); // folders have no data
    expect(parts.length).toBeGreaterThan(5);
    for (const e of parts) expect(e.crc32).toBe(crc32((await zip.file(e.name)!.async('nodebuffer')) as Buffer));
  });

  it.each([
    ['deflated', false],
    ['stored', true],
  ])('a %s part whose data does not match its CRC is 文件已损坏, naming the part', (_kind, store) => {
    const good = zipOf([...WORKBOOK_SKELETON, { name: 'xl/sharedStrings.xml', data: '<sst><si><t>托养服务人数</t></si></sst>', store }]);
    expect(inspectWorkbookBytes(good)).toBeNull();
    const bad = zipOf([...WORKBOOK_SKELETON, { name: 'xl/sharedStrings.xml', data: '<sst><si><t>托养服务人数</t></si></sst>', store, crc: 0x1234abcd }]);
    const problem = inspectWorkbookBytes(bad, { file: 'a.xlsx' }) as XlsxReadError;
    expect(problem.problem).toBe('corrupt');
    expect(problem.message).toBe(
      '无法读取“a.xlsx”：文件已损坏，其中的部件“xl/sharedStrings.xml”校验失败（CRC-32 不符），内容在保存、传输或存储中出了错，读出的内容不可信，已拒绝评分。请向报送单位重新索取该文件。',
    );
  });

  it('fidelity 32: a shared-strings part that still inflates but fails its CRC is refused, not scored garbled', async () => {
    const buf = await fs.readFile(`${__dirname}/../../reliability/inputs/32-crc-corrupt-member.xlsx`);
    const problem = inspectWorkbookBytes(buf) as XlsxReadError;
    expect(problem.message).toContain('文件已损坏，其中的部件“xl/sharedStrings.xml”校验失败');
    await expect(readWorkbookBuffer(buf)).rejects.toThrow(/xl\/sharedStrings\.xml/);
  });
});
