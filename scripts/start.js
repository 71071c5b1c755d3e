#!/usr/bin/env node
/**
 * `npm start` / `npm stop` (this script with --stop): sideload the add-in into Excel desktop.
 *
 * - Windows and macOS: runs `office-addin-debugging start manifest.xml` (or `stop`) when that package
 *   is installed; otherwise says how to install it and how to sideload by hand.
 * - Anywhere else (Linux: no Excel desktop): explains what to do instead, and exits 0.
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = "manifest.xml";
const DEV_SERVER_PORT = 3000;

const stop = process.argv.includes("--stop");

const WEB_SIDELOAD = [
  "  1. npm run dev-server",
  "     (https://localhost:3000/. Excel loads add-ins only over https: install and trust a localhost",
  "      certificate, e.g. `npx office-addin-dev-certs install`; the dev server then uses it)",
  "  2. Excel 網頁版 Excel on the web: 插入 > 增益集 > 上傳我的增益集",
  "     Insert > Add-ins > Upload My Add-in → manifest.xml",
];

function print(lines) {
  console.log(lines.join("\n"));
}

function linuxHelp() {
  print([
    "此環境（Linux）沒有 Excel 桌面版，無法側載（sideload）增益集到 Excel 桌面版。",
    "Excel desktop is not available on Linux, so the add-in cannot be sideloaded into Excel desktop here.",
    "",
    "改用以下方式 Instead:",
    "",
    "• 在 Excel 網頁版測試工作窗格 Try the task pane in Excel on the web:",
    ...WEB_SIDELOAD,
    "",
    "• 不需要 Excel 的命令列示範 The command-line demo, no Excel needed:",
    "     npm run demo",
    "",
  ]);
}

function manualSideloadHelp() {
  print([
    "",
    "手動側載 Sideload by hand:",
    "  • Excel 網頁版 Excel on the web:",
    ...WEB_SIDELOAD.map((l) => "  " + l),
    "  • Windows: 將 manifest.xml 放在共用資料夾，於 Excel 信任中心 > 受信任的增益集目錄 加入該資料夾，",
    "    再從 插入 > 我的增益集 > 共用資料夾 加入。",
    "    Put manifest.xml in a shared folder, add it under Trust Center > Trusted Add-in Catalogs,",
    "    then Insert > My Add-ins > Shared Folder.",
    "  • macOS: 將 manifest.xml 複製到 Copy manifest.xml to",
    "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "    然後重新開啟 Excel，從 插入 > 我的增益集 加入。Then restart Excel and use Insert > My Add-ins.",
    "  （先執行 npm run dev-server。Run npm run dev-server first.）",
    "",
  ]);
}

/** The office-addin-debugging CLI script, or null when the package is not installed. */
function findOfficeAddinDebuggingCli() {
  let pkgJson;
  try {
    pkgJson = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  } catch {
    try {
      // Packages whose "exports" hide package.json: find it above the main module.
      let dir = path.dirname(require.resolve("office-addin-debugging", { paths: [ROOT] }));
      while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
      pkgJson = path.join(dir, "package.json");
    } catch {
      return null;
    }
  }
  const pkg = JSON.parse(fs.readFileSync(pkgJson, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && (pkg.bin["office-addin-debugging"] || Object.values(pkg.bin)[0]);
  return bin ? path.join(path.dirname(pkgJson), bin) : null;
}

function hasOfficeDevCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return ["localhost.crt", "localhost.key"].every((f) => fs.existsSync(path.join(dir, f)));
}

function desktop() {
  const cli = findOfficeAddinDebuggingCli();
  if (!cli) {
    print([
      "找不到 office-addin-debugging 套件，無法自動側載到 Excel 桌面版。",
      "The package office-addin-debugging is not installed, so the add-in cannot be sideloaded automatically.",
      "",
      "安裝（不寫入 package.json）Install it without changing package.json:",
      "  npm install --no-save office-addin-debugging",
      `然後再執行 Then run again:  npm ${stop ? "stop" : "start"}`,
    ]);
    manualSideloadHelp();
    process.exitCode = 1;
    return;
  }
  if (!stop && !hasOfficeDevCerts()) {
    print([
      "提醒：尚未安裝 Office 開發憑證，Excel 會拒絕載入 https://localhost:3000。",
      "Note: the Office dev certificates are not installed; Excel will refuse https://localhost:3000.",
      "  npx office-addin-dev-certs install",
      "",
    ]);
  }
  const args = stop
    ? [cli, "stop", MANIFEST, "desktop"]
    : [
        cli,
        "start",
        MANIFEST,
        "desktop",
        "--app",
        "excel",
        "--dev-server",
        "npm run dev-server",
        "--dev-server-port",
        String(DEV_SERVER_PORT),
      ];
  console.log(
    `> office-addin-debugging ${args
      .slice(1)
      .map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))
      .join(" ")}`,
  );
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  child.on("error", (err) => {
    console.error(`office-addin-debugging 無法執行 could not run: ${err.message}`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.platform === "win32" || process.platform === "darwin") desktop();
else linuxHelp();
