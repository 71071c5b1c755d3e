/**
 * Builds the browser playground into dist-playground/: index.html + playground.js (the real task
 * pane beside an in-memory workbook, src/playground/) and sample-plan.xlsx, which the page opens
 * at start. The add-in's own build (webpack.config.js → dist/) is untouched; this reuses its
 * TypeScript rule (ES modules for tree-shaking).
 *
 *   npm run playground                                         → http://127.0.0.1:3001/
 *   npx webpack --config webpack.playground.config.js --mode production   → dist-playground/
 *
 * ExcelJS comes in through its package.json "browser" field (dist/exceljs.min.js, a self-contained
 * bundle), so no Node polyfills are needed.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addInConfig = require("./webpack.config.js");

const PORT = 3001;
const HOST = "127.0.0.1";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const base = addInConfig(env, argv);
  return {
    mode: base.mode,
    devtool: base.devtool,
    entry: { playground: "./src/playground/main.tsx" },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist-playground"),
      filename: "[name].js",
      clean: true,
    },
    resolve: base.resolve,
    module: {
      ...base.module,
      // ExcelJS's browser build is one minified, self-contained file: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/index.html" }),
      new CopyWebpackPlugin({
        patterns: [{ from: "samples/sample-plan.xlsx", to: "sample-plan.xlsx" }, ...addInConfig.PDF_FONT_ASSETS],
      }),
    ],
    // ExcelJS alone is ≈0.9 MiB; the playground is not shipped, so no size hints.
    performance: { hints: false },
    stats: production ? "errors-warnings" : "minimal",
    devServer: {
      host: HOST,
      port: PORT,
      static: false,
      open: false,
      onListening: () => console.log(`\n  Playground: http://${HOST}:${PORT}/\n`),
    },
  };
};
