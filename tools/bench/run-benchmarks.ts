import { withScratchDatabase } from '../db/scratch-database';
import { BenchResult, startBenchBridge } from './bench-context';
import { generateLargeMarketplace } from './marketplace-generator';
import { benchMatching } from './matching.bench';
import { benchMarketplace } from './marketplace.bench';
import { benchPeopleImport } from './people-import.bench';
import { benchReadiness } from './readiness.bench';
import { benchRecommendations } from './recommendations.bench';
import { benchRequestPath } from './request-path.bench';
import { benchSecurity } from './security.bench';

/**
 * `npm run bench`: the performance budgets of DESIGN section 9 that exist so far, measured in one run
 * on a scratch database (embedded, or SCRATCH_DATABASE_URL's server). Figures, not pass/fail tests:
 * timings on a shared 2-core machine vary, so they are reported, not asserted.
 * `npm run bench -- request-path` runs only Bridge against the bare baseline; `-- readiness` only readiness;
 * `-- recommendations` only the recommendations on the large organization; `-- matching` only the
 * matching engine, which needs no database.
 */
async function runBenchmarks(): Promise<void> {
  const onlyRequestPath = process.argv[2] === 'request-path';
  // The engine is pure: measured first, before a database and an API share the machine with it.
  const matching = [undefined, 'matching'].includes(process.argv[2]) ? await benchMatching() : [];
  if (process.argv[2] === 'matching') return printResults(matching);
  const results: BenchResult[] = await withScratchDatabase(async (url) => {
    const results: BenchResult[] = [];
    const bench = await startBenchBridge(url);
    if (process.argv[2] === 'readiness') {
      results.push(...(await benchReadiness(bench, url)));
      await bench.close();
      return results;
    }
    const started = performance.now();
    const large = await generateLargeMarketplace(url);
    const size = `${large.people} people, ${large.opportunities} opportunities, ${large.applications} applications`;
    results.push({
      name: `marketplace generator (${size})`,
      value: (performance.now() - started) / 1000,
      unit: 's',
    });
    if (process.argv[2] === 'recommendations') {
      results.push(...(await benchRecommendations(bench, url, large)));
      await bench.close();
      return results;
    }
    try {
      if (!onlyRequestPath)
        results.push(
          ...(await benchSecurity(bench, url)),
          ...(await benchMarketplace(bench, large)),
          ...(await benchRecommendations(bench, url, large)),
          ...(await benchReadiness(bench, url)),
          ...(await benchPeopleImport(bench)),
        );
    } finally {
      await bench.close();
    }
    // Bridge and the baseline run as processes of their own, with the in-process Bridge gone.
    results.push(...(await benchRequestPath(url, large)));
    return results;
  });
  printResults([...matching, ...results]);
}

function printResults(results: BenchResult[]): void {
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
