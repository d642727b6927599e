/**
 * @jest-environment jsdom
 *
 * Offline checks of manifest.xml (office-addin-manifest validate needs Microsoft's web service):
 * well-formed XML, the schema's element order, https URLs, every resid resolving to the right kind of
 * resource, icons that exist with the stated size, and the command function the ribbon calls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

function parseErrors(doc: Document): string | null {
  const err = doc.getElementsByTagName('parsererror')[0];
  return err ? (err.textContent ?? 'parsererror') : null;
}

const doc = parse(source);
const root = doc.documentElement;
const all = (local: string): Element[] => Array.from(doc.getElementsByTagNameNS('*', local));
const children = (el: Element): Element[] => Array.from(el.children);

/** Names in `names` must appear in the order of `order` (each at most once unless repeatable). */
function orderViolations(names: string[], order: string[]): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at < 0) problems.push(`unexpected <${name}>`);
    else if (at < last) problems.push(`<${name}> after <${order[last]}>`);
    else last = at;
  }
  return problems;
}

describe('manifest.xml', () => {
  test('is well-formed XML and a TaskPaneApp', () => {
    expect(parseErrors(doc)).toBeNull();
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
  });

  test('the well-formedness check does catch a broken manifest', () => {
    const broken = source.replace('</Permissions>', '</Permission>');
    expect(parseErrors(parse(broken))).not.toBeNull();
  });

  test('OfficeApp children follow the schema order and the required ones are present', () => {
    const order = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'AllowSnapshot', 'VersionOverrides',
    ];
    const names = children(root).map((e) => e.localName);
    expect(orderViolations(names, order)).toEqual([]);
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
      expect(names).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(orderViolations(['Version', 'Id'], order)).toEqual(['<Id> after <Version>']);
  });

  test('identity: GUID Id, four-part version, zh-CN default with en-US overrides', () => {
    const text = (local: string) => children(root).find((e) => e.localName === local)?.textContent?.trim();
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text('Version')).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(text('DefaultLocale')).toBe('zh-CN');
    for (const local of ['DisplayName', 'Description']) {
      const el = children(root).find((e) => e.localName === local) as Element;
      expect(el.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      const override = children(el).find((e) => e.localName === 'Override');
      expect(override?.getAttribute('Locale')).toBe('en-US');
      expect(override?.getAttribute('Value')).toMatch(/[A-Za-z]/);
    }
  });

  test('targets Excel workbooks with ExcelApi 1.7 and read/write permission', () => {
    const hosts = children(root).find((e) => e.localName === 'Hosts') as Element;
    expect(children(hosts).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = all('Set').filter((s) => s.parentElement?.parentElement?.parentElement === root);
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.7']]);
    expect(all('Sets')[0].getAttribute('DefaultMinVersion')).toBe('1.1');
    expect(children(root).find((e) => e.localName === 'Permissions')?.textContent?.trim()).toBe('ReadWriteDocument');
    expect(all('SourceLocation')[0].getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
  });

  test('every URL is https', () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      for (const attr of ['DefaultValue', 'Value']) {
        const v = el.getAttribute(attr);
        if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
      if (el.localName === 'AppDomain') urls.push((el.textContent ?? '').trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  test('every resid resolves to a resource of the right kind, and every resource is used', () => {
    const resources = new Map<string, string>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      const group = doc.getElementsByTagNameNS(BT, kind)[0];
      expect(group).toBeDefined();
      for (const el of children(group)) {
        const id = el.getAttribute('id') as string;
        expect(resources.has(id)).toBe(false);
        resources.set(id, kind);
      }
    }
    const expectedKind = (el: Element): string => {
      if (el.localName === 'Image') return 'Images';
      if (['FunctionFile', 'SourceLocation', 'LearnMoreUrl'].includes(el.localName)) return 'Urls';
      if (el.localName === 'Description') return 'LongStrings';
      return 'ShortStrings'; // Label, Title
    };
    const used = new Set<string>();
    const wrong: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('[resid]'))) {
      const id = el.getAttribute('resid') as string;
      used.add(id);
      if (resources.get(id) !== expectedKind(el)) wrong.push(`${el.localName} resid=${id} → ${resources.get(id) ?? 'missing'}`);
    }
    expect(wrong).toEqual([]);
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('strings stay within the schema limits and the ribbon reads in Chinese', () => {
    const limits: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };
    for (const [kind, max] of Object.entries(limits)) {
      for (const el of children(doc.getElementsByTagNameNS(BT, kind)[0])) {
        expect((el.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(max);
      }
    }
    const shortText = (id: string) =>
      children(doc.getElementsByTagNameNS(BT, 'ShortStrings')[0]).find((e) => e.getAttribute('id') === id)?.getAttribute('DefaultValue');
    const group = all('Group')[0];
    const label = (el: Element) => shortText(children(el).find((c) => c.localName === 'Label')?.getAttribute('resid') ?? '');
    expect(label(group)).toBe('自评表评分');
    const controls = children(group).filter((c) => c.localName === 'Control');
    expect(controls.map(label)).toEqual(['一键评分', '评分面板']);
    expect(all('OfficeTab')[0].getAttribute('id')).toBe('TabHome');
  });

  test('the ribbon buttons: ExecuteFunction scoreActiveSheet (associated in commands.ts) and ShowTaskpane', () => {
    const actions = all('Action');
    expect(actions.map((a) => a.getAttributeNS(XSI, 'type'))).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    const fn = children(actions[0]).find((c) => c.localName === 'FunctionName')?.textContent?.trim();
    expect(fn).toBe('scoreActiveSheet');
    const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    expect(commands).toContain(`Office.actions.associate('${fn}'`);
    const desktop = all('DesktopFormFactor')[0];
    expect(orderViolations(children(desktop).map((c) => c.localName), ['GetStarted', 'FunctionFile', 'ExtensionPoint'])).toEqual([]);
    const vo = children(root).find((e) => e.localName === 'VersionOverrides') as Element;
    expect(children(vo).map((c) => c.localName)).toEqual(['Hosts', 'Resources']);
    expect(vo.getAttributeNS(XSI, 'type')).toBe('VersionOverridesV1_0');
  });

  test('the icons exist as PNGs of the size each entry names', () => {
    const urls = [
      ...doc.getElementsByTagNameNS(BT, 'Image'),
    ].filter((el) => el.parentElement?.localName === 'Images');
    const named = [
      ...urls.map((el) => [el.getAttribute('DefaultValue') as string, Number(/(\d+)x\1/.exec(el.getAttribute('id') ?? '')?.[1])] as const),
      [all('IconUrl')[0].getAttribute('DefaultValue') as string, 32] as const,
      [all('HighResolutionIconUrl')[0].getAttribute('DefaultValue') as string, 64] as const,
    ];
    expect(named.length).toBe(5);
    for (const [url, size] of named) {
      const file = join(ROOT, url.replace('https://localhost:3000/', ''));
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
