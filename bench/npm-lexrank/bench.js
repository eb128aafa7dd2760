// Times npm lexrank 1.0.5 over every cluster of a dataset (docs concatenated), as Chorus's bench reads them.
const fs = require('fs'), path = require('path');
const lexrank = require('lexrank');
const root = process.argv[2];
const clusters = fs.readdirSync(root).sort().map(c => fs.readdirSync(path.join(root, c, 'docs')).sort().map(f => fs.readFileSync(path.join(root, c, 'docs', f), 'utf8')).join('\n\n'));
function pass() {
  const t = process.hrtime.bigint();
  for (const text of clusters) lexrank.summarize(text, 10, () => {});
  return Number(process.hrtime.bigint() - t) / 1e6;
}
pass(); pass();
const times = []; for (let i = 0; i < 5; i++) times.push(pass());
times.sort((a, b) => a - b);
const median = times[2];
const bytes = clusters.reduce((s, c) => s + Buffer.byteLength(c), 0);
console.log(`npm lexrank 1.0.5: ${clusters.length} clusters, median of 5 passes ${median.toFixed(0)} ms = ${(median / clusters.length).toFixed(2)} ms/cluster, ${(bytes / 1048576 / (median / 1000)).toFixed(2)} MB/s`);
