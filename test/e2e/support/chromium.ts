/**
 * Debian's Chromium driven by playwright-core (which downloads no browser of its own). Like the
 * openpyxl suites (test/support/debian.ts): without /usr/bin/chromium a suite skips with a loud line
 * naming the package, except under CI=true, where it fails.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { describeWithPackage } from "../../support/debian";

export const CHROMIUM = "/usr/bin/chromium";

export function hasChromium(): boolean {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `describe` when Debian's chromium is installed; otherwise skip loudly, or throw under CI. */
export function describeWithChromium(): jest.Describe {
  return describeWithPackage("chromium", hasChromium());
}

export interface Browser {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile in a temporary directory (Playwright takes the profile
 * directory as an argument; it refuses --user-data-dir among the args).
 */
export async function launchChromium(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "spa-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      locale: options.locale ?? "zh-TW",
      acceptDownloads: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    return {
      context,
      close: async () => {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
