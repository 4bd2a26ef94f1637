// npm start — builds the extension and opens Chromium with ResLens loaded on the bundled demo pages,
// served locally but under their real host names (www.itu.int) so the default permissions apply.
// Without a display it says what to run instead.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
execSync('npx wxt build', { stdio: 'inherit' });
const fixtures = resolve('tests/e2e/fixtures');
const server = createServer((req, res) => {
  const file = join(fixtures, basename(new URL(req.url ?? '/', 'http://x').pathname) || 'seed-ar.html');
  if (!existsSync(file)) return void res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const pages = ['http://www.itu.int/md/S26-CL-demo/seed-ar.html', 'http://www.itu.int/en/demo/demo-en.html'];
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(
      `No display here. The demo pages are served at http://127.0.0.1:${port}/seed-ar.html and /demo-en.html.`,
    );
    console.log('Run the same engine without a browser:');
    console.log('  npm run --silent scan -- --format table tests/e2e/fixtures/seed-ar.html');
    console.log('  npm run --silent lookup -- "Res 140 (Rev. Dubai, 2018)"');
    server.close();
    return;
  }
  const ext = resolve('.output/chrome-mv3');
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'reslens-demo-'))}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=MAP www.itu.int 127.0.0.1:${port}`,
      '--no-first-run',
      ...pages,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', () => server.close());
});
