// Worker-thread entry of a scan (compute-scan.ts): the sources are TypeScript, so tsx is registered here as in
// bin/tandem.js; then the pure core runs on the input it was given and posts its output back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runScanCore } = await import('../core/scan/scan.ts');
parentPort.postMessage(runScanCore(workerData));
