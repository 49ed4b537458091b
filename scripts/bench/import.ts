// Importers: import + computeMetrics over each sample format at 10,000, 100,000 and 1,000,000 rows.
// Target (issue 6): 1,000,000 CSV rows in under 5 s in Node on one core, judged on the best of three
// runs: the machine is shared, and the least disturbed run is the one that measures the code.
// JSON sources run at 10k and 100k: a JSON export must be parsed whole, and a million records of
// these verbose formats is a 0.4–0.6 GB string before parsing. Set BENCH_JSON_1M=1 to run them anyway.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importIncidents } from '../../src/core/import/index.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';
import {
  csvInChunks,
  dispatchCsv,
  END,
  grafanaOncallJson,
  handbookCsv,
  handbookJson,
  incidentIoJson,
  opsgenieJson,
  pagerdutyAnalyticsCsv,
  pagerdutyIncidents,
  statuspageJson,
} from '../make-samples.ts';

const TARGET = { rows: 1_000_000, seconds: 5, runs: 3 };
// The handbook's own JSON goes through parseIncident (the one incident reader) and its fast path for
// plain valid records; 100,000 records should cost no more than the hand-written reader it replaced.
const HANDBOOK_JSON_TARGET = { format: 'handbook.json', rows: 100_000, seconds: 0.33 };

// A full collection before each measurement, so garbage left by generating the data is not billed to
// the importer, and after it, to report what the result really keeps alive.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CSV_SIZES = [10_000, 100_000, 1_000_000];
const JSON_SIZES = process.env.BENCH_JSON_1M ? CSV_SIZES : [10_000, 100_000];

const FORMATS: { name: string; csv: boolean; make: (count: number, seed: number) => string }[] = [
  { name: 'handbook.csv', csv: true, make: handbookCsv },
  { name: 'pagerduty-analytics.csv', csv: true, make: pagerdutyAnalyticsCsv },
  { name: 'dispatch.csv', csv: true, make: dispatchCsv },
  { name: 'handbook.json', csv: false, make: handbookJson },
  { name: 'pagerduty-incidents.json', csv: false, make: pagerdutyIncidents },
  { name: 'incident-io.json', csv: false, make: incidentIoJson },
  { name: 'opsgenie-alerts.json', csv: false, make: opsgenieJson },
  { name: 'grafana-oncall.json', csv: false, make: grafanaOncallJson },
  { name: 'statuspage.json', csv: false, make: statuspageJson },
];

/**
 * A flat copy of `text`. The generators build a large export out of chunks, which V8 keeps as a rope
 * until something reads it; a file read or File.text() gives a flat string, so the import is measured
 * on one (flattening 270 MB would otherwise be billed to the importer).
 */
function flat(text: string): string {
  /\S/.test(text); // any regular expression flattens its subject in place
  return text;
}

/**
 * One measured run: import (parse + map + validate) and summarise. Returns wall time and the
 * process's CPU time (user + system). The target is judged on CPU time: the benchmark machine is
 * shared, so wall time also counts time spent waiting for a core; CPU time is what one core spent
 * (it also includes V8's helper GC threads, so it errs on the slow side).
 */
function measure(text: string, now: string) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const imported = importIncidents(text);
  computeMetrics(imported.incidents, { days: 365, now });
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, imported };
}

export default async function bench(): Promise<void> {
  const now = new Date(END).toISOString();
  let failed = false;
  for (const format of FORMATS) {
    measure(format.csv ? csvInChunks(format.make, 2_000) : format.make(2_000, 99), now); // warm-up
    for (const size of format.csv ? CSV_SIZES : JSON_SIZES) {
      // JSON generators build the whole document at once; CSV ones in 50k-row chunks.
      let text: string | null = flat(format.csv ? csvInChunks(format.make, size) : format.make(size, 1000));
      const mb = (text.length / 1e6).toFixed(1);
      const judgedJson = format.name === HANDBOOK_JSON_TARGET.format && size === HANDBOOK_JSON_TARGET.rows;
      const judged = (format.csv && size === TARGET.rows) || judgedJson;
      const cpuRuns: number[] = [];
      let best: ReturnType<typeof measure> | null = null;
      let heapMb = 0;
      for (let run = 0; run < (judged ? TARGET.runs : 1); run++) {
        collectGarbage();
        const result = measure(text, now);
        cpuRuns.push(result.cpuSeconds);
        collectGarbage();
        if (run === 0) heapMb = Math.round(process.memoryUsage().heapUsed / 1e6); // the text and the incidents
        if (!best || result.cpuSeconds < best.cpuSeconds) best = result;
      }
      text = null; // let the next size reuse the memory
      const { seconds, cpuSeconds, imported } = best!;
      if (imported.error) throw new Error(`${format.name}: ${imported.error}`);
      const rate = Math.round(imported.rowsRead / cpuSeconds).toLocaleString('en-US');
      let line =
        `${format.name.padEnd(25)} ${size.toLocaleString('en-US').padStart(9)} rows (${mb.padStart(6)} MB): CPU ${cpuSeconds.toFixed(2).padStart(6)} s, wall ${seconds.toFixed(2).padStart(6)} s, ${rate.padStart(9)} rows/s` +
        ` (kept ${imported.incidents.length}, rejected ${imported.rejected.length}; heap with text and result ${heapMb} MB)`;
      if (judged) {
        const target = judgedJson ? HANDBOOK_JSON_TARGET.seconds : TARGET.seconds;
        const pass = judgedJson ? cpuSeconds <= target : cpuSeconds < target;
        failed ||= !pass;
        line += `  ${pass ? 'PASS' : 'FAIL'} (target ${judgedJson ? '<=' : '<'} ${target} s; best of ${cpuRuns.map((c) => c.toFixed(2)).join(', ')} s)`;
      }
      console.log(line);
    }
  }
  console.log(
    `rows/s = rows read / CPU seconds. Target: ${TARGET.rows.toLocaleString('en-US')} CSV rows in < ${TARGET.seconds} s of CPU time on one core (best of ${TARGET.runs} runs).`,
  );
  console.log(
    `${HANDBOOK_JSON_TARGET.format} at ${HANDBOOK_JSON_TARGET.rows.toLocaleString('en-US')} records: <= ${HANDBOOK_JSON_TARGET.seconds} s of CPU time (best of ${TARGET.runs} runs).`,
  );
  if (failed) console.log(`At least one judged format missed its target.`);
}

if (import.meta.main) await bench();
