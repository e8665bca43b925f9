// Bundles the hall's styles, icons and scripts into ../wwwroot/dist. Run by `dotnet build` (see the web project).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { app: 'src/app.js', styles: 'src/app.css' },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2020'],
  outdir: '../wwwroot/dist',
  loader: { '.woff': 'file', '.woff2': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  logLevel: 'warning',
});
