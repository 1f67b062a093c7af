#!/usr/bin/env node
// The `horseshoe` command: runs the compiled CLI (dist/, made by `npm run build`).

// A reader that stops early (`horseshoe ... | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/main.js')) throw error;
  process.stderr.write(
    'horseshoe: the CLI is not built (dist/main.js is missing); run `npm run build` in the repository\n',
  );
  process.exit(1);
}
process.exitCode = await main(process.argv);
