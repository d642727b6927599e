/**
 * Inputs that are not regular files are refused without reading (a device never ends, a pipe blocks),
 * and a scored copy can be written under the longest file name the file system allows.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, writeWorkbookFile, XlsxReadError } from '../../src/hosts/xlsx';
import { tempNameFor } from '../../src/hosts/xlsx/writeWorkbook';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-names-'));

describe('only regular files are read', () => {
  it.each([
    ['/dev/zero', '设备文件'],
    ['/dev/urandom', '设备文件'],
  ])('%s is refused as a %s, at once', async (device, kind) => {
    const started = Date.now();
    const err = (await readWorkbookFile(device).catch((e) => e)) as XlsxReadError;
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err.message).toBe(`无法读取“${device}”：这是${kind}，不是普通文件，不能作为 .xlsx 读取。请确认路径是否写错，并指定工作簿文件本身。`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a named pipe with no writer is refused without waiting for one', async () => {
    const fifo = path.join(tmp(), '自评表.xlsx');
    execFileSync('mkfifo', [fifo]);
    const err = (await readWorkbookFile(fifo).catch((e) => e)) as XlsxReadError;
    expect(err.message).toContain('这是命名管道，不是普通文件');
  });
});

describe('temporary names within 255 bytes', () => {
  // 80 Chinese characters and .xlsx: 245 bytes of UTF-8, near the 255 ext4 allows.
  const longName = `${'某区残疾人联合会项目支出绩效自评表'.repeat(5)}`.slice(0, 80) + '.xlsx';

  it('keeps every temp name within 255 bytes, cutting at a character boundary', () => {
    expect(Buffer.byteLength(longName)).toBe(245);
    for (const name of [longName, '短.xlsx', `${'表'.repeat(83)}.xlsx`]) {
      const tmpName = path.basename(tempNameFor(path.join('/out', name)));
      expect(Buffer.byteLength(tmpName)).toBeLessThanOrEqual(255);
      expect(tmpName).toMatch(/^\..*\.\d+\.[0-9a-f]{12}\.tmp$/);
      expect(tmpName).not.toContain('\ufffd');
    }
    expect(path.basename(tempNameFor('/out/短.xlsx'))).toMatch(/^\.短\.xlsx\.\d+\.[0-9a-f]{12}\.tmp$/);
  });

  it('writes a copy under a name of 83 Chinese characters (251 bytes; the old temp name needed 280)', async () => {
    const target = path.join(tmp(), `${'表'.repeat(83)}.x`);
    expect(Buffer.byteLength(path.basename(target))).toBe(251);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('自评表').getCell('A1').value = '项目名称';
    await writeWorkbookFile(wb, target);
    expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(target)]);
  });
});
