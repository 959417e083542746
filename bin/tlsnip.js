#!/usr/bin/env node
// The bundled CLI (npm run build writes it); see src/build/bundle-cli.ts.
import { main } from '../dist/bundle/tlsnip.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
