const fs = require('fs');
const r = require('./dist/libs/holdings/feature/src/import-title-list/reading/title-list-reader.js');
const w = require('./dist/libs/holdings/feature/src/import-title-list/reading/read-in-worker.js');
const k = require('./dist/libs/kbart/src/index.js');
const file = process.argv[2];
(async () => {
  for (const [name, reader] of [['thread', r.readRecordsInThread], ['worker', (s, o) => w.readRecordsInWorker(s, o, require('path').resolve('dist/libs/holdings/feature/src/import-title-list/reading/reading-worker.js'))]]) {
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      const opened = await reader(fs.createReadStream(file), {});
      const t1 = performance.now();
      let n = 0, busy = 0;
      for await (const b of opened.records.batches) { const a = performance.now(); n += b.records.length; for (const rec of b.records) { const e = performance.now() + 0.008; while (performance.now() < e); } busy += performance.now() - a; }
      await opened.close();
      console.log(name, n, 'start', (t1 - t0).toFixed(0), 'total', (performance.now() - t0).toFixed(0), 'busy', busy.toFixed(0));
    }
  }
})();
