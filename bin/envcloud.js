#!/usr/bin/env -S node --max-semi-space-size=64
// A 64 MiB young generation: a preview allocates short-lived objects for every resource, and with V8's
// default 16 MiB the scavenger cost 3.4 s of a 17 s profile of `preview --stack prod --audit` (2.1 s with
// 64 MiB, for 120 MiB more memory). `npm start` passes the same flag, as `node bin/envcloud.js` ignores this line.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('envcloud: not built yet: run `npm run build` (npm ci runs it for you)\n');
  process.exit(2);
}
void require(entry).run(process.argv);
