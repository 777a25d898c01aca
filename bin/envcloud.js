#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('envcloud: not built yet: run `npm run build` (npm ci runs it for you)\n');
  process.exit(2);
}
void require(entry).run(process.argv);
