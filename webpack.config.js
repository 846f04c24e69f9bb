// Builds the task pane. `webpack --mode production` → dist/ (the add-in Excel loads, manifest URLs rewritten
// to prodUrl); `webpack --mode development` / `webpack serve` → dist-dev/ plus the preview page and the
// in-memory Excel host (development aids, never in the production build).
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const pkg = require('./package.json');
const { renderManifestForUrl, prodUrl } = require('./scripts/renderManifest');

const devPort = Number(process.env.DEV_PORT || pkg.config.devPort);
const storePort = Number(process.env.STORE_PORT || pkg.config.storePort);
const dataDir = path.resolve(__dirname, process.env.SUIVI_DATA_DIR || 'data');
const officeJsBuildFile = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.debug.js');

/** HTTPS for the dev server: the certificates given by env (office-addin-dev-certs), else a self-signed one. */
function httpsServer() {
  const { SSL_KEY_FILE: keyFile, SSL_CERT_FILE: certFile, SSL_CA_FILE: caFile } = process.env;
  if (!keyFile || !certFile) return { type: 'https' };
  const options = { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
  if (caFile) options.ca = fs.readFileSync(caFile);
  return { type: 'https', options };
}

/** `/local-store.json`: the local store's URL and token written by `npm start`; 404 when absent. */
function serveLocalStoreConfig(request, response) {
  const file = path.join(dataDir, 'local-store.json');
  response.set('Cache-Control', 'no-store');
  fs.readFile(file, 'utf8', (error, content) => {
    if (error) {
      response.status(404).type('text/plain').send('local-store.json not found');
      return;
    }
    response.type('application/json').send(content);
  });
}

module.exports = (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const isDev = mode === 'development';

  const entry = { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts', dialog: './src/dialog/dialog.ts' };
  const pages = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    // The ribbon's function file (manifest FunctionFile): Insert template / Validate.
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
    // The message dialog the ribbon commands open (Office.context.ui.displayDialogAsync).
    new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/dialog/dialog.html', chunks: ['dialog'] }),
    // The help page of the manifest's SupportUrl and LearnMoreUrl: static, French and English, no script.
    new HtmlWebpackPlugin({ filename: 'help.html', template: './src/help/help.html', chunks: [], inject: false }),
  ];
  if (isDev) {
    entry.preview = './test/preview/index.tsx';
    // The task pane's Excel in the browser tests: the real office.js client over the in-memory workbook.
    entry['officejs-host'] = './test/officejs-host/browserEntry.ts';
    pages.push(new HtmlWebpackPlugin({ filename: 'preview.html', template: './test/preview/preview.html', chunks: ['preview'] }));
  }

  return {
    mode,
    entry,
    devtool: isDev ? 'source-map' : false,
    // `npm start` prints its own summary: webpack says only what went wrong.
    stats: isDev ? 'errors-warnings' : 'normal',
    output: {
      path: path.resolve(__dirname, isDev ? 'dist-dev' : 'dist'),
      filename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Sources import relative files as `./x.js` (TypeScript node16); map them back to the .ts/.tsx files.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // The path aliases of tsconfig.json.
      alias: { '@': path.resolve(__dirname, 'src'), '@test': path.resolve(__dirname, 'test') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // ES modules for webpack: tree shaking of Fluent UI and code splitting on `import()`.
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: isDev, noEmit: false },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          // office.js's Excel-on-the-web build for the preview page (test/officejs-host/officeJsBuild.ts): served
          // from here, so the preview never asks Microsoft's CDN.
          ...(isDev ? [{ from: officeJsBuildFile, to: 'officejs/[name][ext]' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: isDev ? undefined : (content) => renderManifestForUrl(content.toString(), prodUrl),
          },
        ],
      }),
    ],
    performance: {
      // Uncompressed sizes; the budget (DESIGN.md §5) is 400 KB gzipped of initial JavaScript.
      hints: isDev ? false : 'warning',
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    devServer: {
      port: devPort,
      // Named explicitly: webpack-dev-server refuses cross-site no-cors loads (403) for hosts it only allows
      // implicitly, and Excel on the web loads the manifest's icons from another site.
      allowedHosts: [new URL(pkg.config.devUrl).hostname, 'localhost'],
      server: httpsServer(),
      static: false,
      hot: false,
      liveReload: true,
      // Office caches add-in files aggressively: never cache while developing.
      headers: { 'Cache-Control': 'no-store' },
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
      proxy: [{ context: ['/api'], target: `http://127.0.0.1:${storePort}` }],
      // Added to the middleware list (not to the app directly) so the Host header check runs first.
      setupMiddlewares: (middlewares) => [
        ...middlewares,
        { name: 'local-store-config', path: '/local-store.json', middleware: serveLocalStoreConfig },
      ],
    },
  };
};
