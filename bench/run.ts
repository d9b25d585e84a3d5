/** `npm run bench -- NAME`: runs one benchmark and prints its JSON line on stdout. */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  discovery: async () => (await import('./discovery.js')).discoveryBench(),
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  process.stderr.write(`usage: npm run bench -- ${Object.keys(benches).join('|')}\n`);
  process.exit(2);
}
const result = await bench();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
