/**
 * Unreadable files through `ziping score`: each gets one zh-CN error naming the file and what to do,
 * the other files of the same run are still scored, and the exit code is 1.
 * Every bad file is built here, in a temp folder; nothing suspicious is committed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli } from '../cli/run';
import { fixture } from '../helpers/fixtures';
import { compoundFileOf, WORKBOOK_SKELETON, zerosDeflate, zipOf } from '../helpers/badFiles';
import * as cliFiles from '../../src/cli/files';
import { XLSX_LIMITS } from '../../src/hosts/xlsx';

const MB = 1024 * 1024;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-bad-'));
const GOOD = 'national-kunming-2022.xlsx';

interface FileEntry {
  file: string;
  error: string | null;
  tables: Array<{ total: number | null }>;
}

async function scoreJson(...args: string[]) {
  const r = await runCli('score', ...args, '--json');
  const doc = JSON.parse(r.stdout) as { files: FileEntry[] };
  const byName = (name: string) => {
    const hit = doc.files.find((f) => path.basename(f.file) === name);
    if (!hit) throw new Error(`no entry for ${name} in ${r.stdout}`);
    return hit;
  };
  return { ...r, doc, byName };
}

/** The bad inputs, each with the message it must get (after the path is replaced by 〈文件〉). */
interface BadCase {
  name: string;
  bytes: () => Buffer;
  expect: RegExp;
}

const kunming = () => fs.readFileSync(fixture(GOOD));

const BAD: BadCase[] = [
  { name: '空文件.xlsx', bytes: () => Buffer.alloc(0), expect: /^无法读取“〈文件〉”：文件为空（0 字节），可能没有下载或复制完整。请向报送单位重新索取该文件。$/ },
  {
    name: '截断.xlsx',
    bytes: () => kunming().subarray(0, Math.floor(kunming().length * 0.6)),
    expect: /^无法读取“〈文件〉”：文件已损坏或不完整（找不到 zip 目录，文件末尾缺失）.*请向报送单位重新索取该文件。$/,
  },
  {
    name: '截掉末尾.xlsx',
    bytes: () => kunming().subarray(0, kunming().length - 10),
    expect: /^无法读取“〈文件〉”：文件已损坏或不完整（找不到 zip 目录/,
  },
  {
    name: '中间损坏.xlsx',
    // The sheet's compressed bytes overwritten: the directory is intact, the data is not.
    bytes: () => {
      const b = Buffer.from(kunming());
      const at = b.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
      b.fill(0xff, at + 20, at + 400);
      return b;
    },
    expect: /^无法读取“〈文件〉”：文件已损坏/,
  },
  { name: '旧格式.xlsx', bytes: () => compoundFileOf(['Workbook', '\u0005SummaryInformation']), expect: /^无法读取“〈文件〉”：这是旧版 Excel 97-2003（\.xls）文件，只是扩展名为 \.xlsx。请在 Excel 或 WPS 中打开，另存为「Excel 工作簿（\*\.xlsx）」后再试。$/ },
  {
    name: '有密码.xlsx',
    bytes: () => compoundFileOf(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']),
    expect: /^无法读取“〈文件〉”：文件已加密（设置了打开密码）。请用密码在 Excel 中打开/,
  },
  { name: 'Word文档.xlsx', bytes: () => compoundFileOf(['WordDocument', '1Table']), expect: /^无法读取“〈文件〉”：这是 Word 文档（\.doc），不是 Excel 工作簿。/ },
  {
    name: '表格.csv.xlsx',
    bytes: () => Buffer.from('\uFEFF一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n产出指标,数量指标,托养服务人数,≥2800人,2979人,20,20\n'),
    expect: /^无法读取“〈文件〉”：这是文本（CSV）文件，只是扩展名为 \.xlsx。/,
  },
  {
    name: '网页导出.xlsx',
    bytes: () => Buffer.from('<html><body><table><tr><td>三级指标</td></tr></table></body></html>'),
    expect: /^无法读取“〈文件〉”：这是网页（HTML）或 XML 格式的文件/,
  },
  { name: '扫描件.xlsx', bytes: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), expect: /^无法读取“〈文件〉”：这是 PDF 文件/ },
  { name: '乱码.xlsx', bytes: () => Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), expect: /^无法读取“〈文件〉”：不是有效的 \.xlsx 文件（无法识别的文件格式）。请确认文件完整，并在 Excel 或 WPS 中打开/ },
  {
    name: '压缩包.xlsx',
    bytes: () => zipOf([{ name: '说明.txt', data: '请查收附件' }, { name: '自评表/附件.pdf', data: '%PDF-1.7' }]),
    expect: /^无法读取“〈文件〉”：这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 xl\/workbook\.xml）。如果自评表在压缩包里，请先解压/,
  },
  {
    name: 'Word新格式.xlsx',
    bytes: () => zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]),
    expect: /^无法读取“〈文件〉”：这是 Word 文档（\.docx），不是 Excel 工作簿/,
  },
  {
    name: '压缩炸弹.xlsx',
    // 300 MB of zeros in ~300 KB, declared honestly: refused from the directory, never inflated.
    bytes: () => zipOf([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', compressed: zerosDeflate(300), declaredSize: 300 * MB }]),
    expect: /^无法读取“〈文件〉”：解压后将有 300 MB，超过 200 MB 的上限，可能是异常或恶意的“压缩炸弹”，已拒绝解压。/,
  },
  {
    name: '高压缩比.xlsx',
    bytes: () => zipOf([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', compressed: zerosDeflate(60), declaredSize: 60 * MB }]),
    expect: /^无法读取“〈文件〉”：其中的“xl\/worksheets\/sheet1\.xml”压缩比达 \d+:1，疑似“压缩炸弹”，已拒绝解压。/,
  },
  {
    name: '多个大部件.xlsx',
    // Five parts of 45 MB each: none alone is suspicious, together they pass the 200 MB limit.
    bytes: () =>
      zipOf([...WORKBOOK_SKELETON, ...[1, 2, 3, 4, 5].map((i) => ({ name: `xl/media/image${i}.bin`, data: 'x', store: true, declaredSize: 45 * MB }))]),
    expect: /^无法读取“〈文件〉”：解压后将有 225 MB，超过 200 MB 的上限/,
  },
  {
    name: '谎报大小.xlsx',
    // Declares 2 KB, inflates to 300 MB: stopped at the declared size.
    bytes: () => zipOf([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', compressed: zerosDeflate(300), declaredSize: 2048 }]),
    expect: /^无法读取“〈文件〉”：其中的“xl\/worksheets\/sheet1\.xml”解压后比文件声明的大，文件已损坏或被篡改（疑似“压缩炸弹”），已拒绝处理。/,
  },
  {
    name: 'zip密码.xlsx',
    bytes: () => zipOf([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', flags: 0x0801 }]),
    expect: /^无法读取“〈文件〉”：文件已加密/,
  },
  {
    name: '内容不是表格.xlsx',
    // A well-formed package whose workbook part is not XML.
    bytes: () => zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '这不是 XML <<<' }]),
    expect: /^无法读取“〈文件〉”：文件已损坏，工作簿内容无法解析。请在 Excel 中打开并另存为 \.xlsx 后再评分；打不开则请向报送单位重新索取该文件。（技术细节：/,
  },
];

describe('unreadable files in one run with a good one', () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof scoreJson>>;
  let loadAsync: jest.SpyInstance;

  beforeAll(async () => {
    dir = tmp();
    for (const c of BAD) fs.writeFileSync(path.join(dir, c.name), c.bytes());
    fs.copyFileSync(fixture(GOOD), path.join(dir, GOOD));
    loadAsync = jest.spyOn(JSZip, 'loadAsync');
    run = await scoreJson(dir);
  }, 60_000);
  afterAll(() => {
    loadAsync.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 and still scores the good file', () => {
    expect(run.code).toBe(1);
    expect(run.doc.files).toHaveLength(BAD.length + 1);
    expect(run.byName(GOOD)).toMatchObject({ error: null, tables: [{ total: 96 }] });
  });

  it.each(BAD.map((c) => [c.name, c] as const))('%s: one zh-CN error naming the file, no tables', (name, c) => {
    const entry = run.byName(name);
    const file = path.join(dir, name);
    expect(entry.file).toBe(file);
    expect(entry.tables).toEqual([]);
    expect(entry.error).toContain(`“${file}”`);
    const message = entry.error!.split(file).join('〈文件〉');
    if (process.env.ZIPING_PRINT_MESSAGES) process.stderr.write(`${name}\t${message}\n`);
    expect(message).toMatch(c.expect);
  });

  it('docs/reliability.md quotes every message word for word', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/reliability.md'), 'utf8');
    for (const c of BAD) {
      const message = run.byName(c.name).error!.split(path.join(dir, c.name)).join('〈文件〉').replace(/（技术细节：.*）$/, '');
      expect({ name: c.name, quoted: doc.includes(message) }).toEqual({ name: c.name, quoted: true });
    }
  });

  it('never hands a refused package to the unzip library (the bombs are never inflated)', () => {
    // JSZip saw the good file, the non-XML workbook and the values-only packages the reader builds from
    // accepted files — never the bytes of a refused one (compared by content: the reader's own packages
    // have sizes of their own).
    const seen = loadAsync.mock.calls.map((call) => Buffer.from(call[0] as Buffer));
    const bytesOf = (name: string) => fs.readFileSync(path.join(dir, name));
    expect(seen.some((b) => b.equals(bytesOf(GOOD)))).toBe(true);
    const refused = fs.readdirSync(dir).filter((n) => n !== GOOD && n !== '内容不是表格.xlsx' && fs.statSync(path.join(dir, n)).isFile());
    expect(refused.length).toBeGreaterThan(5);
    for (const name of refused) expect({ name, inflated: seen.some((b) => b.equals(bytesOf(name))) }).toEqual({ name, inflated: false });
  });

  it('prints the readable report too, with the error under the file name', async () => {
    const r = await runCli('score', path.join(dir, '空文件.xlsx'), path.join(dir, GOOD));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`文件：${path.join(dir, '空文件.xlsx')}\n  ✗ 无法处理：无法读取“${path.join(dir, '空文件.xlsx')}”：文件为空`);
    expect(r.stdout).toContain('复核得分 96');
    expect(r.stderr).toContain('共 2 个文件，1 张自评表（已评分 1 张），1 个文件无法处理；');
  });
});

describe('the limits are the documented ones', () => {
  it('200 MB unpacked, ratio 100:1 above 50 MB, 50 MB per file, 10,000 parts', () => {
    expect(XLSX_LIMITS).toEqual({
      maxFileBytes: 50 * MB,
      maxUncompressedBytes: 200 * MB,
      suspiciousEntryBytes: 50 * MB,
      maxCompressionRatio: 100,
      maxEntries: 10_000,
    });
  });

  // Read, its zeros would be "无法识别的文件格式": the message proves the size alone decided.
  it('refuses a file over 50 MB from its size alone, before reading it', async () => {
    const dir = tmp();
    const big = path.join(dir, '超大.xlsx');
    // A sparse file: 51 MB on paper, no disk used.
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 51 * MB);
    fs.closeSync(fd);
    try {
      const r = await scoreJson(big, fixture(GOOD));
      expect(r.code).toBe(1);
      expect(r.byName('超大.xlsx').error).toBe(`无法读取“${big}”：文件有 51 MB，超过 50 MB 的上限（自评表通常不足 1 MB）。请删除多余的工作表、图片或数据后再试。`);
      expect(r.byName(GOOD).error).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files that go away or cannot be opened mid-run', () => {
  let dir: string;
  beforeEach(() => {
    dir = tmp();
    fs.copyFileSync(fixture(GOOD), path.join(dir, 'a-消失.xlsx'));
    fs.copyFileSync(fixture(GOOD), path.join(dir, 'b-正常.xlsx'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file deleted between listing the folder and reading it', async () => {
    const victim = path.join(dir, 'a-消失.xlsx');
    const listFolder = cliFiles.expandInputs;
    jest.spyOn(cliFiles, 'expandInputs').mockImplementation(async (paths) => {
      const listed = await listFolder(paths);
      fs.rmSync(victim);
      return listed;
    });
    const r = await scoreJson(dir);
    expect(r.code).toBe(1);
    expect(r.byName('a-消失.xlsx')).toEqual({
      file: victim,
      error: `找不到文件“${victim}”：它可能在处理期间被移动、改名或删除。请确认文件仍在原处后重试。`,
      tables: [],
      skippedSheets: [],
    });
    expect(r.byName('b-正常.xlsx')).toMatchObject({ error: null, tables: [{ total: 96 }] });
  });

  it('a file replaced by a folder of the same name mid-run', async () => {
    const victim = path.join(dir, 'a-消失.xlsx');
    const listFolder = cliFiles.expandInputs;
    jest.spyOn(cliFiles, 'expandInputs').mockImplementation(async (paths) => {
      const listed = await listFolder(paths);
      fs.rmSync(victim);
      fs.mkdirSync(victim);
      return listed;
    });
    const r = await scoreJson(dir);
    expect(r.byName('a-消失.xlsx').error).toBe(`“${victim}”是文件夹，不是 .xlsx 文件。`);
    expect(r.byName('b-正常.xlsx').error).toBeNull();
  });

  it.each([
    ['EACCES', '没有读取权限，或文件正被其他程序占用。请关闭占用它的程序（如 Excel、WPS），或检查文件权限后重试。'],
    ['EBUSY', '没有读取权限，或文件正被其他程序占用。请关闭占用它的程序（如 Excel、WPS），或检查文件权限后重试。'],
    ['EIO', '读取磁盘时出错（EIO）。请把文件复制到本地磁盘后重试。'],
  ])('an open that fails with %s (simulated: works as root too)', async (code, what) => {
    const victim = path.join(dir, 'a-消失.xlsx');
    const open = fs.promises.open;
    jest.spyOn(fs.promises, 'open').mockImplementation(async (p, ...rest) => {
      if (p === victim) throw Object.assign(new Error(`${code}: simulated, open '${victim}'`), { code });
      return open(p, ...rest);
    });
    const r = await scoreJson(dir);
    expect(r.code).toBe(1);
    expect(r.byName('a-消失.xlsx').error).toBe(`无法读取“${victim}”：${what}`);
    expect(r.byName('b-正常.xlsx').error).toBeNull();
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // root reads a chmod 000 file anyway (CI runs as root), so the real permission case runs only as a user.
  (isRoot ? it.skip : it)('a file with no read permission (chmod 000; skipped as root)', async () => {
    const victim = path.join(dir, 'a-消失.xlsx');
    fs.chmodSync(victim, 0o000);
    try {
      const r = await scoreJson(dir);
      expect(r.code).toBe(1);
      expect(r.byName('a-消失.xlsx').error).toMatch(/^无法读取“.*”：没有读取权限/);
      expect(r.byName('b-正常.xlsx').error).toBeNull();
    } finally {
      fs.chmodSync(victim, 0o644);
    }
  });
});

describe('folders and paths with no workbook', () => {
  // SPEC §7.1: an .xls in a folder is listed on its own with what to do (it used to be folded into the folder's entry).
  it('a folder with only an .xls and a text file: the .xls is one error entry with what to do; exit 1', async () => {
    const dir = tmp();
    const folder = path.join(dir, '旧表文件夹');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '旧表.xls'), compoundFileOf(['Workbook']));
    fs.writeFileSync(path.join(folder, '说明.txt'), '无');
    const r = await scoreJson(folder, fixture(GOOD));
    expect(r.code).toBe(1);
    expect(r.byName('旧表.xls')).toMatchObject({ error: expect.stringMatching(/旧版 Excel 格式（\.xls）.*另存为/), tables: [] });
    expect(r.byName(GOOD).error).toBeNull();
  });

  it('a folder with 0 workbooks (only a text file) is one error entry; exit 1', async () => {
    const empty = path.join(tmp(), '空文件夹');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, '说明.txt'), '无');
    const r = await scoreJson(empty, fixture(GOOD));
    expect(r.code).toBe(1);
    expect(r.byName('空文件夹')).toMatchObject({ error: `文件夹“${empty}”中没有 .xlsx 工作簿。`, tables: [] });
  });

  it('a path that does not exist is one error entry; exit 1', async () => {
    const missing = path.join(tmp(), '没有这个文件.xlsx');
    const r = await scoreJson(missing, fixture(GOOD));
    expect(r.code).toBe(1);
    expect(r.byName('没有这个文件.xlsx').error).toBe(`找不到文件或文件夹“${missing}”，请检查路径是否正确。`);
    expect(r.byName(GOOD).error).toBeNull();
  });

  it('Excel lock files (~$) and hidden files in a folder are not taken for workbooks', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '~$自评表.xlsx'), Buffer.from([0x06, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
    fs.writeFileSync(path.join(dir, '.自评表.xlsx.tmp.xlsx'), '');
    fs.copyFileSync(fixture(GOOD), path.join(dir, '自评表.xlsx'));
    const r = await scoreJson(dir);
    expect(r.code).toBe(0);
    expect(r.doc.files.map((f) => path.basename(f.file))).toEqual(['自评表.xlsx']);
  });
});
