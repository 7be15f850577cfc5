// `npm run schemas`: writes the JSON Schema files in schemas/ from scripts/json-schemas.ts.
// esbuild bundles the TypeScript in memory, so the script needs nothing beyond the dev tools.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  entryPoints: [join(root, 'scripts/json-schemas.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'error',
});
const code = bundled.outputFiles[0].text;
const { buildJsonSchemas, schemaFileText } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const schemas = buildJsonSchemas();
await mkdir(join(root, 'schemas'), { recursive: true });
for (const [file, schema] of Object.entries(schemas)) {
  await writeFile(join(root, 'schemas', file), schemaFileText(schema));
  console.log(`schemas/${file}`);
}
