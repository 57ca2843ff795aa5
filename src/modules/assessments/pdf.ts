import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppError } from "../../platform/errors.ts";

/** Noto fonts bundled with the node (no font is fetched from the network): Latin and Vietnamese, Thai, Khmer, Lao, Burmese. */
const FONTS: [family: string, pkg: string, files: string[]][] = [
  ["Noto Sans", "@fontsource/noto-sans", ["latin", "latin-ext", "vietnamese"]],
  ["Noto Sans Thai", "@fontsource/noto-sans-thai", ["thai"]],
  ["Noto Sans Khmer", "@fontsource/noto-sans-khmer", ["khmer"]],
  ["Noto Sans Lao", "@fontsource/noto-sans-lao", ["lao"]],
  ["Noto Sans Myanmar", "@fontsource/noto-sans-myanmar", ["myanmar"]],
];

let fontCss: string | undefined;
/** @font-face rules with the fonts inlined, so Chromium shapes every script without system fonts. */
function embeddedFonts(): string {
  if (fontCss) return fontCss;
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const [family, pkg, subsets] of FONTS) {
    const dir = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "files");
    const base = pkg.split("/")[1]!;
    for (const subset of subsets) {
      for (const weight of [400, 700]) {
        const file = path.join(dir, `${base}-${subset}-${weight}-normal.woff2`);
        if (!existsSync(file)) continue;
        rules.push(
          `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString("base64")}) format("woff2")}`,
        );
      }
    }
  }
  fontCss = rules.join("\n");
  return fontCss;
}

/**
 * The report as a PDF, printed by headless Chromium (the path is configurable). Without Chromium the
 * node says so; the HTML report always works.
 */
export async function htmlToPdf(html: string, chromiumPath: string): Promise<Buffer> {
  if (!existsSync(chromiumPath)) {
    throw new AppError(
      "unavailable",
      `PDF reports need Chromium at ${chromiumPath} (AISAFE_CHROMIUM_PATH); the HTML report is available.`,
    );
  }
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // Nothing leaves the node while printing.
    await page.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    await page.setContent(html.replace("</style>", `${embeddedFonts()}\n</style>`), { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return Buffer.from(
      await page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" },
      }),
    );
  } finally {
    await browser.close();
  }
}
