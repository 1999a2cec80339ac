#!/usr/bin/env node
// npm start: put the development manifest (https://localhost:3000/) in front of Excel, or say plainly how to.
//   Windows: office-addin-debugging when it happens to be installed (it is not a dependency: its install breaks on
//            networks without access to its download host), else the shared-folder catalog steps.
//   macOS:   copies manifest.xml into Excel's sideload folder (wef) when Excel is installed, else the steps.
//   Linux:   no desktop Excel; Excel on the web's upload steps.
// The dev server must run alongside: npm run dev-server. Always exits 0: there is nothing to fail at.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const repo = path.resolve(__dirname, '..');
const manifest = path.join(repo, 'manifest.xml');

const say = (lines) => console.log(lines.join('\n'));

const DEV_SERVER = [
  '先在另一个终端运行 npm run dev-server（https://localhost:3000/）。',
  'First run npm run dev-server in another terminal (https://localhost:3000/).',
  '',
];

const WEB_STEPS = [
  'Excel 网页版：打开一个工作簿，依次点击 开始（或 插入）> 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项，',
  `选择 ${manifest}，然后点击“上传”。“开始”选项卡上会出现“任务分工表”组。`,
  '',
  'Excel on the web: open a workbook, then Home (or Insert) > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,',
  `choose ${manifest} and click Upload. The "Task Table" group appears on the Home tab.`,
  '',
  '浏览器须信任开发证书：先在同一浏览器中打开 https://localhost:3000/taskpane.html 并接受证书提示。',
  'The browser must trust the dev certificate: open https://localhost:3000/taskpane.html in it first and accept it.',
];

const WINDOWS_STEPS = [
  'Windows 版 Excel（共享文件夹目录）：',
  '  1. 把 manifest.xml 所在文件夹设为共享文件夹，记下网络路径（如 \\\\本机名\\addin）。',
  '  2. Excel：文件 > 选项 > 信任中心 > 信任中心设置 > 受信任的加载项目录，填入该网络路径，点“添加目录”，勾选“显示在菜单中”。',
  '  3. 重启 Excel，插入 > 我的加载项 > 共享文件夹，选择“任务分工表校验”。',
  '',
  'Excel for Windows (shared folder catalog):',
  '  1. Share the folder holding manifest.xml and note its network path (e.g. \\\\machine\\addin).',
  '  2. Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the path,',
  '     tick "Show in Menu".',
  '  3. Restart Excel, then Insert > My Add-ins > SHARED FOLDER and pick "Task Allocation Checker".',
  '',
  '开发证书：Windows 需信任 https://localhost:3000 的证书（npx office-addin-dev-certs install，需可联网安装）。',
  'Dev certificate: Windows must trust the https://localhost:3000 certificate (npx office-addin-dev-certs install).',
];

function sideloadMac() {
  const excelContainer = path.join(os.homedir(), 'Library', 'Containers', 'com.microsoft.Excel');
  if (!fs.existsSync(excelContainer)) {
    say(['未找到 Mac 版 Excel。', 'Excel for Mac was not found.', '', ...WEB_STEPS]);
    return;
  }
  const wef = path.join(excelContainer, 'Data', 'Documents', 'wef');
  fs.mkdirSync(wef, { recursive: true });
  const target = path.join(wef, 'task-allocation-checker.manifest.xml');
  fs.copyFileSync(manifest, target);
  say([
    `已复制清单到 ${target}。重启 Excel，插入 > 加载项 > 我的加载项，选择“任务分工表校验”。`,
    `Copied the manifest to ${target}. Restart Excel, then Insert > Add-ins > My Add-ins and pick "Task Allocation Checker".`,
  ]);
}

/** The CLI script of office-addin-debugging, when some developer installed it locally; null otherwise. */
function officeAddinDebugging() {
  let packageJson;
  try {
    packageJson = require.resolve('office-addin-debugging/package.json', { paths: [repo] });
  } catch {
    return null;
  }
  const { bin } = JSON.parse(fs.readFileSync(packageJson, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin && Object.values(bin)[0];
  return script ? path.join(path.dirname(packageJson), script) : null;
}

function sideloadWindows() {
  const cli = officeAddinDebugging();
  if (cli) {
    const run = spawnSync(process.execPath, [cli, 'start', manifest, 'desktop', '--no-debug'], { stdio: 'inherit' });
    if (run.status === 0) return;
    say(['office-addin-debugging 未能启动 Excel，请手动加载：', 'office-addin-debugging could not start Excel; sideload by hand:', '']);
  }
  say([...WINDOWS_STEPS, '', ...WEB_STEPS]);
}

say(DEV_SERVER);
if (process.platform === 'win32') sideloadWindows();
else if (process.platform === 'darwin') sideloadMac();
else say(['此系统没有桌面版 Excel。', 'There is no desktop Excel on this system.', '', ...WEB_STEPS]);
process.exit(0);
