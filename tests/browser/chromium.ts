import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's chromium, or the browser CHROMIUM_PATH names; undefined when none is installed. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const INSTALL_HINT =
  'install it with `sudo apt-get install chromium fonts-wqy-microhei` (Debian), or set CHROMIUM_PATH';

/** Headless, no sandbox (containers have no user namespaces), no background traffic: the test must not touch the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
