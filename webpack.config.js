// Builds the add-in in two compilations, each page from its own HTML template: the task pane (React, for EdgeHTML 18 and
// later) with the icons and a manifest pointing at where the build will be hosted; then the ribbon commands' function
// file and their notice dialog, which use no React and are compiled for Internet Explorer 11 as well (volume-licensed
// Office 2019 shows add-ins there).
//
//   ADDIN_BASE_URL=https://intranet.example.gov.cn/taskcheck/ npm run build   -> dist/ (see docs/deploy.md)
//   npm run dev-server                                                        -> https://localhost:3000/
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
// The source manifest names the development server; the built copy names the office's own server instead.
const { DEV_BASE_URL } = require('./scripts/manifest-checks');

function baseUrl() {
  const raw = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  // Office refuses add-ins served over plain http, so failing the build is kinder than a manifest that cannot load.
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must start with https:// (got ${raw})`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

// office-addin-dev-certs writes a certificate Office trusts on Windows/Mac; elsewhere webpack makes its own.
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!fs.existsSync(path.join(dir, files.key)) || !fs.existsSync(path.join(dir, files.cert))) return 'https';
  const options = {};
  for (const [option, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (fs.existsSync(full)) options[option] = fs.readFileSync(full);
  }
  return { type: 'https', options };
}

/**
 * The oldest engines the manifest admits (ExcelApi 1.7, docs/deploy.md): EdgeHTML 18, the webview of Microsoft 365 and
 * retail Office 2019 on Windows without WebView2, and the WKWebView of the Macs that Excel 16.17+ runs on. Syntax is
 * compiled down to what they parse (ES2017); the few newer library methods the code uses come from core-js
 * (src/office/polyfills.ts). Internet Explorer (Trident) cannot run React 19 at all: src/taskpane/legacyNotice.ts
 * tells its users so, and that the ribbon's buttons, compiled for it (IE11_ENV), work.
 */
const MODERN_ENV = { targets: { edge: '18', safari: '12' } };

/**
 * The ribbon's scripts for Internet Explorer 11 (Trident), the webview of volume-licensed Office 2019: ES5 syntax
 * (generators through swc's own helper), and from core-js exactly the library features each module uses that IE 11
 * lacks (Promise, Symbol, Map and Set as ES2015 has them, Object.assign, Array.from, String.prototype.includes …).
 * Regular expression flags u, y and s and named groups cannot be compiled away; the code uses none (tests/build).
 */
const IE11_ENV = { targets: { ie: '11' }, mode: 'usage', coreJs: '3.51' };

/** The task pane page's first script: it tells Internet Explorer 11 that the pane needs a newer Excel. */
const LEGACY_NOTICE = /legacyNotice\.ts$/;

function swcLoader(parser, production, env) {
  return {
    loader: 'swc-loader',
    options: {
      jsc: {
        parser,
        transform: { react: { runtime: 'automatic', development: !production } },
        // Helpers come from @swc/helpers (Fluent UI ships with it), one copy for every module that needs them.
        externalHelpers: true,
      },
      env,
      // Node modules keep their own module format; webpack resolves both.
      isModule: 'unknown',
    },
  };
}

/**
 * The project's TypeScript and the node_modules a bundle takes, compiled for `env`. core-js is the polyfill library
 * itself and is left as it is.
 */
function scriptRules(production, env) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      // Typechecking runs separately (npm run typecheck); the build only strips types. ES modules stay ES modules, so
      // import() remains a split point for webpack.
      use: swcLoader({ syntax: 'typescript', tsx: true }, production, env),
    },
    {
      // React 19, Fluent UI v9 and their dependencies ship ES2018+ syntax (object spread, ?., ??, class fields) that
      // EdgeHTML cannot parse; they are compiled down like the project's own code.
      test: /\.[cm]?js$/,
      include: /node_modules/,
      exclude: /node_modules[\\/]core-js[\\/]/,
      use: swcLoader({ syntax: 'ecmascript' }, production, env),
    },
  ];
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const manifestBase = baseUrl();
  const common = {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    // The webpack runtime itself in ES5, so that the legacy notice and the ribbon's scripts parse in Internet Explorer.
    target: ['web', 'es5'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    performance: {
      assetFilter: (file) => file.endsWith('.js'),
      maxAssetSize: 1_000_000,
      maxEntrypointSize: 1_000_000,
    },
  };
  const output = (clean) => ({
    path: path.resolve(__dirname, 'dist'),
    // Stable name prefixes (taskpane.*, commands.*, filemode.*) let bench and tests find each chunk.
    filename: production ? '[name].[contenthash:8].js' : '[name].js',
    chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
    publicPath: 'auto',
    clean,
  });

  const pane = {
    ...common,
    name: 'pane',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      legacyNotice: './src/taskpane/legacyNotice.ts',
    },
    output: output(true),
    module: {
      rules: [
        {
          oneOf: [
            {
              // The pane page's first script, for engines that cannot run the rest: ES5, nothing polyfilled.
              test: LEGACY_NOTICE,
              use: swcLoader({ syntax: 'typescript' }, production, { targets: { ie: '11' } }),
            },
            {
              // … and the module it imports (src/office/pageAddress.ts), the same way; were the pane to import it too,
              // webpack would build it once each way.
              test: /\.ts$/,
              issuer: LEGACY_NOTICE,
              use: swcLoader({ syntax: 'typescript' }, production, { targets: { ie: '11' } }),
            },
            ...scriptRules(production, MODERN_ENV),
          ],
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only async chunks are split, and libraries stay in the chunk that loads them: the workbook adapter's zip
        // and XML libraries (fflate, saxes) arrive with the file-mode chunk, never with the pane Excel loads.
        chunks: 'async',
        // A module the pane's thread and the file-mode worker both use goes in one chunk both load: judged per runtime
        // by the exports each uses, splitting left the worker a copy of half the engine (+15 KB gzipped).
        usedExports: false,
        cacheGroups: { defaultVendors: false },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The legacy notice runs first (defer keeps the order): see src/taskpane/legacyNotice.ts.
        chunks: ['legacyNotice', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', info: { minimized: true } },
          { from: 'src/commands/notice.css', to: 'notice.css' },
          // The manifest's SupportUrl: a static page, no script.
          { from: 'src/taskpane/support.html', to: 'support.html', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            info: { minimized: true },
            transform: (content) => content.toString().split(DEV_BASE_URL).join(manifestBase),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };

  // After the pane (whose build empties dist/ first), into the same folder.
  const ribbon = {
    ...common,
    name: 'ribbon',
    dependencies: ['pane'],
    entry: {
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: output(false),
    module: { rules: [{ oneOf: scriptRules(production, IE11_ENV) }] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      // The dialog a ribbon command opens to explain a failure (Excel has no notification API for add-ins).
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/commands/notice.html', chunks: ['notice'] }),
    ],
  };

  return [pane, ribbon];
};
