// `npm run bench`: every benchmark, one after the other (never side by side: the machine has two
// cores). Each prints its own table with the machine, the runs and min / median / max.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';

console.log(`Encart benchmarks, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`);
let failed = false;
for (const script of ['bench/extract.mjs', 'bench/render.mjs']) {
  const { status } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  failed ||= status !== 0;
  console.log();
}
process.exit(failed ? 1 : 0);
