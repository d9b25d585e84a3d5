/** `npm run bench -- NAME`: runs one benchmark and prints its JSON line on stdout. */
import { execFileSync } from 'node:child_process';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
/** Each benchmark yields one JSON line per measured configuration (per cloud for discovery). */
const benches: Record<string, () => AsyncIterable<Record<string, unknown>>> = {
  discovery: async function* () {
    const { benchClouds, discoveryBench } = await import('./discovery.js');
    const clouds = benchClouds();
    if (clouds.length === 1) {
      yield await discoveryBench(clouds[0]!);
      return;
    }
    // One process per cloud, so each line's peak RSS is that cloud's alone.
    for (const cloud of clouds) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, 'discovery'], { env: { ...process.env, BENCH_CLOUDS: cloud }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
      for (const line of out.toString('utf8').split('\n')) if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
    }
  },
  iac: async function* () {
    const { iacBench } = await import('./iac.js');
    yield await iacBench();
  },
  report: async function* () {
    const { reportBench } = await import('./report.js');
    yield await reportBench();
  },
  rules: async function* () {
    const { rulesBench } = await import('./rules.js');
    yield await rulesBench();
  },
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  process.stderr.write(`usage: npm run bench -- ${Object.keys(benches).join('|')}\n`);
  process.exit(2);
}
for await (const result of bench()) process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
