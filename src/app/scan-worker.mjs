// Worker-thread entry of a scan (compute-scan.ts): the sources are TypeScript, so tsx is registered here as in
// bin/tandem.js; then the job (scan-job.ts) loads or takes its rows, runs the core and posts its output back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runScanJob } = await import('./scan-job.ts');
parentPort.postMessage(await runScanJob(workerData));
