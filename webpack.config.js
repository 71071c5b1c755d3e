/**
 * Builds the add-in's web part into dist/: taskpane.html + taskpane.js (the pane), commands.html +
 * commands.js (the ribbon function file), contract.html + contract.js (the developers' Office.js
 * contract check, reached from the pane with Ctrl+Alt+Shift+K), assets/*.png and manifest.xml. Every URL in manifest.xml
 * (https://localhost:3000/…) names one of these files; test/manifest.test.ts keeps the two in step.
 *
 *   npx webpack --mode production      → dist/
 *   npm run dev-server                 → http(s)://localhost:3000/
 *
 * The dev server uses https when the Office dev certificates are installed
 * (`npx office-addin-dev-certs install` puts them in ~/.office-addin-dev-certs), else plain http.
 * Excel (desktop and web) only loads the add-in over https, as the manifest's URLs say.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/**
 * The PDF export's font, copied beside the pane (src/taskpane/export/pdfFonts.ts fetches it only
 * when a PDF is made): Noto Serif TC regular and bold from @expo-google-fonts/noto-serif-tc, with its
 * licence (SIL OFL 1.1, which lets it be redistributed with software).
 */
const fontPackage = path.dirname(require.resolve("@expo-google-fonts/noto-serif-tc/package.json"));
const PDF_FONT_ASSETS = [
  { from: path.join(fontPackage, "400Regular", "NotoSerifTC_400Regular.ttf"), to: "assets/fonts/NotoSerifTC-Regular.ttf" },
  { from: path.join(fontPackage, "700Bold", "NotoSerifTC_700Bold.ttf"), to: "assets/fonts/NotoSerifTC-Bold.ttf" },
  { from: path.join(fontPackage, "LICENSE_FONT"), to: "assets/fonts/OFL.txt" },
];

/** The dev certificates that office-addin-dev-certs installs, if they are there. */
function officeDevCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const certs = production ? null : officeDevCerts();
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // A developer page, not in the manifest: the Office.js contract run inside Excel (docs/testing-in-excel.md).
      contract: "./src/contract/page.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules (tsconfig.json says commonjs, for Node and Jest), so that webpack takes Fluent UI's
              // ES build and tree-shakes it; with require() it bundles all of Fluent's icons (≈17 MiB).
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "contract.html",
        template: "./src/contract/contract.html",
        chunks: ["contract"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets", to: "assets" }, { from: "manifest.xml", to: "manifest.xml" }, ...PDF_FONT_ASSETS],
      }),
    ],
    performance: {
      // The pane is ≈330 KiB minified (React + the Fluent UI parts it uses), over webpack's 244 KiB default;
      // warn if a production build grows past 1 MiB (e.g. tree-shaking lost and all of Fluent's icons
      // bundled). Development builds are unminified and larger; no hints there.
      hints: production ? "warning" : false,
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
      // The PDF font (≈10 MB a weight) is fetched only when a PDF is made.
      assetFilter: (file) => !file.endsWith(".ttf"),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certs ? { type: "https", options: certs } : "http",
    },
  };
};

module.exports.PDF_FONT_ASSETS = PDF_FONT_ASSETS;
