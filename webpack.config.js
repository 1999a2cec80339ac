// Builds the add-in: the task pane (React), the ribbon commands' function file and their notice dialog, each from its
// own HTML template, plus the icons and a manifest pointing at where the build will be hosted.
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

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const manifestBase = baseUrl();

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Stable name prefixes (taskpane.*, commands.*, filemode.*) let bench and tests find each chunk.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Typechecking runs separately (npm run typecheck); the build only strips types. ES modules out, because the
          // shared tsconfig's CommonJS output turns import() into require() and webpack could no longer split it off.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext' } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only async chunks are split, and libraries stay in the chunk that loads them: the workbook adapter's zip
        // and XML libraries (fflate, saxes) arrive with the file-mode chunk, never with the pane Excel loads.
        chunks: 'async',
        cacheGroups: { defaultVendors: false },
      },
    },
    performance: {
      assetFilter: (file) => file.endsWith('.js'),
      maxAssetSize: 1_000_000,
      maxEntrypointSize: 1_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      // The dialog a ribbon command opens to explain a failure (Excel has no notification API for add-ins).
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', info: { minimized: true } },
          { from: 'src/commands/notice.css', to: 'notice.css' },
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
};
