// Bundle sizes read from a real dist-like folder: the scripts the page loads from dist, the file-mode chunks apart.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { bundleSizes } from '../../bench/bundleSizes';

describe('bundleSizes', () => {
  let dist: string;
  beforeEach(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
  });
  afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('counts the page\'s own scripts, not the CDN office.js, and the file-mode chunks separately', () => {
    const taskpane = 'const pane = "任务分工表校验";'.repeat(200);
    const fileMode = 'var x = 1;'.repeat(500);
    fs.writeFileSync(
      path.join(dist, 'taskpane.html'),
      '<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.0a1b2c3d.js></script></head></html>',
    );
    fs.writeFileSync(path.join(dist, 'taskpane.0a1b2c3d.js'), taskpane);
    fs.writeFileSync(path.join(dist, 'filemode.22222222.js'), fileMode);
    fs.writeFileSync(path.join(dist, 'commands.33333333.js'), 'not loaded by the pane');

    const sizes = bundleSizes(dist);
    expect(sizes.external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(sizes.initial).toEqual([{ file: 'taskpane.0a1b2c3d.js', bytes: Buffer.byteLength(taskpane), gzipBytes: gzipSync(taskpane).length }]);
    expect(sizes.fileMode.map((c) => c.file)).toEqual(['filemode.22222222.js']);
    expect(sizes.fileModeGzipBytes).toBe(gzipSync(fileMode).length);
  });
});
