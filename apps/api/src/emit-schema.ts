import 'reflect-metadata';

import * as fs from 'node:fs';

import { buildSchemaDocument } from '@bedside/server';

/** `nx run api:schema`: writes the GraphQL schema the dashboard is typed against. */
async function main(): Promise<void> {
  const [outFile] = process.argv.slice(2);
  const document = await buildSchemaDocument();
  if (outFile) {
    fs.writeFileSync(outFile, document);
    console.log(`wrote ${outFile}`);
  } else {
    process.stdout.write(document);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
