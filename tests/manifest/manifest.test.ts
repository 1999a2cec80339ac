// The add-in manifest: Microsoft's schema (the XSDs in tests/manifest/schemas, with xmllint, which CI installs) and the
// project's own checks, on the real manifest, on the built dist/manifest.xml (npm test builds it first), and on copies
// broken in the ways that stop an add-in from loading in Office.
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { checkManifest, parseXml, readPngSize, validateSchema } from '../../scripts/manifest-checks';
import { makeTempDir } from '../fixtures/tempDirs';

const repo = path.resolve(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(repo, 'manifest.xml'), 'utf8');
const commandsSource = fs.readFileSync(path.join(repo, 'src', 'commands', 'commands.ts'), 'utf8');
const options = { assetsRoot: repo, commandsSource };

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: manifest no longer contains ${from}`);
  return text.replace(from, to);
}

function writeTemp(text: string): string {
  const dir = makeTempDir('manifest-');
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, text);
  return file;
}

describe('manifest.xml', () => {
  it('passes the project checks', () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  it('validates against the Office schema kept in the repository', () => {
    expect(validateSchema(path.join(repo, 'manifest.xml'))).toEqual({ status: 'ok', lines: [expect.stringMatching(/validates$/)] });
  });

  it('is refused by the schema where it breaks it, and fails when a schema is missing', () => {
    const broken = writeTemp(replaceOnce(manifest, '<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>zh-CN</DefaultLocale><Unknown/>'));
    expect(validateSchema(broken).status).toBe('failed');
    const empty = makeTempDir('schemas-');
    expect(validateSchema(path.join(repo, 'manifest.xml'), empty)).toEqual({ status: 'failed', lines: [expect.stringContaining('no ')] });
  });

  it('is built into dist/ pointing at the deployment, valid against the schema and the project checks', () => {
    const built = path.join(repo, 'dist', 'manifest.xml');
    if (!fs.existsSync(built)) throw new Error('dist/manifest.xml is missing: npm test builds it first (npm run build)');
    expect(validateSchema(built).status).toBe('ok');
    const text = fs.readFileSync(built, 'utf8');
    const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(text)?.[1];
    expect(base).toBeDefined();
    expect(checkManifest(text, { baseUrl: base as string, assetsRoot: path.join(repo, 'dist'), commandsSource })).toEqual([]);
  });

  it('is a task pane add-in for workbooks, zh-CN by default, with the three Home tab buttons', () => {
    const root = parseXml(manifest);
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    const child = (name: string) => root.children.find((c) => c.local === name);
    expect(child('DefaultLocale')?.text).toBe('zh-CN');
    expect(child('Hosts')?.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toMatch(/<FunctionName>validateTable<\/FunctionName>/);
    expect(manifest).toMatch(/<FunctionName>generateSummary<\/FunctionName>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const label of ['校验表格', '生成区县汇总表', '打开面板']) expect(manifest).toContain(`DefaultValue="${label}"`);
  });

  it('asks for ExcelApi 1.7, so that volume-licensed Office 2019 offers it, and names a support page the build ships', () => {
    const root = parseXml(manifest);
    const sets = root.children.find((c) => c.local === 'Requirements')?.children[0]?.children ?? [];
    expect(sets.map((set) => [set.attrs.Name, set.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
    expect(root.children.find((c) => c.local === 'SupportUrl')?.attrs.DefaultValue).toBe('https://localhost:3000/support.html');
    expect(fs.existsSync(path.join(repo, 'src', 'taskpane', 'support.html'))).toBe(true);
  });

  it('ships every icon size at its real pixel size', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const bytes = fs.readFileSync(path.join(repo, 'assets', `icon-${size}.png`));
      expect(readPngSize(bytes)).toEqual({ width: size, height: size });
    }
  });
});

describe('a broken manifest is rejected', () => {
  it('when a resid is not defined', () => {
    const broken = replaceOnce(manifest, '<Label resid="Validate.Label"/>', '<Label resid="Validate.Missing"/>');
    expect(checkManifest(broken, options)).toEqual(['resid "Validate.Missing" (on <Label>) is not defined in <Resources>']);
  });

  it('when a resid points at the wrong kind of resource', () => {
    const broken = replaceOnce(manifest, '<Description resid="Summary.Tooltip"/>', '<Description resid="Summary.Label"/>');
    expect(checkManifest(broken, options)).toEqual([
      'resid "Summary.Label" on <Description> must be one of bt:LongStrings, but is in bt:ShortStrings',
    ]);
  });

  it('when a URL is plain http', () => {
    const broken = replaceOnce(
      manifest,
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
      '<bt:Url id="Commands.Url" DefaultValue="http://localhost:3000/commands.html"/>',
    );
    expect(checkManifest(broken, options)).toEqual([
      'URL is not HTTPS: http://localhost:3000/commands.html (<bt:Url DefaultValue>)',
    ]);
  });

  it('when an icon has the wrong pixel size', () => {
    const broken = replaceOnce(
      manifest,
      'DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'DefaultValue="https://localhost:3000/assets/icon-32.png"',
    );
    expect(checkManifest(broken, options)).toEqual([
      'image "Icon.16x16" (size 16): assets/icon-32.png is 32x32 px, declared 16x16',
    ]);
  });

  it('when an icon file is missing', () => {
    const broken = replaceOnce(
      manifest,
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/logo.png"/>',
    );
    expect(checkManifest(broken, options)).toEqual(['<IconUrl>: icon file assets/logo.png not found in assets/']);
  });

  it('when it asks for more than ReadWriteDocument', () => {
    const broken = replaceOnce(manifest, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>WriteDocument</Permissions>');
    expect(checkManifest(broken, options)).toEqual(['<Permissions> must be ReadWriteDocument, found: WriteDocument']);
  });

  it('when a string has no en-US override', () => {
    const broken = replaceOnce(manifest, '<bt:Override Locale="en-US" Value="Open Pane"/>', '');
    expect(checkManifest(broken, options)).toEqual(['string resource "OpenPane.Label" has no en-US override']);
  });

  it('when the display name has no en-US override', () => {
    const broken = replaceOnce(manifest, '<Override Locale="en-US" Value="Task Allocation Checker"/>', '');
    expect(checkManifest(broken, options)).toEqual(['<DisplayName> has no en-US override']);
  });

  it('when a ribbon function is not associated by the commands file', () => {
    const broken = replaceOnce(manifest, '<FunctionName>generateSummary</FunctionName>', '<FunctionName>makeSummary</FunctionName>');
    expect(checkManifest(broken, options)).toEqual(['ribbon function "makeSummary" is not associated in the commands file']);
  });

  it('when it has no support page, as store validation requires', () => {
    const broken = replaceOnce(manifest, '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '');
    expect(checkManifest(broken, options)).toEqual(['<SupportUrl> is missing (store validation requires a support page)']);
  });

  it('when its description is longer than the store shows', () => {
    const broken = replaceOnce(manifest, 'Value="Checks task allocation tables', `Value="${'x'.repeat(250)}Checks task allocation tables`);
    expect(checkManifest(broken, options)[0]).toMatch(/^<Description> is \d+ characters, at most 250$/);
  });

  it('when it is not well-formed XML', () => {
    const broken = replaceOnce(manifest, '</DisplayName>', '');
    expect(checkManifest(broken, options)[0]).toMatch(/^XML: /);
  });

  it('by the command line, with exit code 1 and one FAIL line per problem', () => {
    const file = writeTemp(replaceOnce(manifest, 'https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'));
    fs.cpSync(path.join(repo, 'assets'), path.join(path.dirname(file), 'assets'), { recursive: true });
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'validate-manifest.js'), file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('URL is not HTTPS: http://localhost:3000/taskpane.html');
  });
});
