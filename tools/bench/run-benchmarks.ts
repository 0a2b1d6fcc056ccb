import { withScratchDatabase } from '../db/scratch-database';
import { BenchResult, startBenchBridge } from './bench-context';
import { benchMarketplace } from './marketplace.bench';
import { benchPeopleImport } from './people-import.bench';
import { benchSecurity } from './security.bench';

/**
 * `npm run bench`: the performance budgets of DESIGN section 9 that exist so far, measured in one run
 * on a scratch database (embedded, or SCRATCH_DATABASE_URL's server). Figures, not pass/fail tests:
 * timings on a shared 2-core machine vary, so they are reported, not asserted.
 */
async function runBenchmarks(): Promise<void> {
  const results: BenchResult[] = await withScratchDatabase(async (url) => {
    const bench = await startBenchBridge(url);
    try {
      return [
        ...(await benchSecurity(bench, url)),
        ...(await benchMarketplace(bench, url)),
        ...(await benchPeopleImport(bench)),
      ];
    } finally {
      await bench.close();
    }
  });
  const width = Math.max(...results.map((result) => result.name.length));
  process.stdout.write('\nBridge benchmarks\n');
  for (const result of results) {
    const value = result.value >= 100 ? result.value.toFixed(0) : result.value.toFixed(2);
    process.stdout.write(
      `  ${result.name.padEnd(width)}  ${value.padStart(8)} ${result.unit}${result.budget ? `   (budget ${result.budget})` : ''}\n`,
    );
  }
}

runBenchmarks().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
