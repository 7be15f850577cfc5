// The API report: one file in etc/ per entry of package.json `exports` that has types, made by
// API Extractor from the built declarations (run `npm run build` first).
//   node scripts/api-report.mjs           check: fails when a report differs from the surface
//   node scripts/api-report.mjs --update  rewrite the reports, on purpose, to commit them
// New entries are picked up from package.json; their report appears on the next --update.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const configFile = join(root, 'api-extractor.json');
const base = ExtractorConfig.loadFile(configFile);

/** Each subpath with types, and the declaration file its `import` condition points to. */
function typedEntries() {
  const out = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' && target !== null ? target.import?.types : undefined;
    if (typeof types === 'string') out.push({ subpath, types });
  }
  return out;
}

let failed = 0;
for (const { subpath, types } of typedEntries()) {
  const suffix = subpath === '.' ? '' : `-${subpath.replace(/^\.\//, '').replaceAll('/', '-')}`;
  const reportFileName = `${pkg.name}${suffix}`;
  const declarations = join(root, types);
  if (!existsSync(declarations)) {
    console.error(`${subpath}: ${types} is missing; run npm run build first`);
    failed += 1;
    continue;
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      ...base,
      mainEntryPointFilePath: declarations,
      apiReport: { ...base.apiReport, reportFileName },
    },
    configObjectFullPath: configFile,
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: (message) => {
    // The TypeScript version note is about API Extractor's own compiler, not this package.
    if (message.messageId === 'console-compiler-version-notice') message.logLevel = 'none';
  } });
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  if (!result.succeeded) {
    failed += 1;
    console.error(
      update
        ? `${name}: API Extractor failed (${result.errorCount} errors, ${result.warningCount} warnings)`
        : `${name}: the public API differs from etc/${reportFileName}.api.md. If the change is intended, run npm run api:update and commit the report.`,
    );
  } else {
    console.log(`${name}: ${result.apiReportChanged ? 'report updated' : 'report matches'} (etc/${reportFileName}.api.md)`);
  }
}
process.exit(failed > 0 ? 1 : 0);
