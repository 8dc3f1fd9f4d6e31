// Headless Debian Chromium as every check in this folder starts it: a new
// empty profile, and none of the background connections this machine's
// closed network refuses. close() also removes the profile.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");

async function launch(name, extraArgs = []) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `careguide-${name}-`));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
      `--user-data-dir=${userDataDir}`,
    ],
  });
  browser.closeAndClean = async () => {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return browser;
}

module.exports = { launch };
