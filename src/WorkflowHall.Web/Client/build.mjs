// Bundles the hall's styles, icons and scripts into ../wwwroot/dist. Run by `dotnet build` (see the web project).
// app.js/styles.css are on every page; the islands (designer, replay, dashboard) only on the pages that
// use them, each page adding its own <script defer> and stylesheet in <HeadContent>.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: {
    app: 'src/app.js',
    styles: 'src/app.css',
    designer: 'src/designer/index.js',
    'designer-styles': 'src/designer/designer.css',
    replay: 'src/replay/index.js',
    'replay-styles': 'src/replay/replay.css',
    dashboard: 'src/dashboard/index.js',
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2020'],
  outdir: '../wwwroot/dist',
  loader: { '.woff': 'file', '.woff2': 'file', '.eot': 'file', '.ttf': 'file', '.svg': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  logLevel: 'warning',
});
