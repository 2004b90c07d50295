// Canonicalises N-Quads datasets with rdf-canonize (digitalbazaar's RDFC-1.0, SHA-256), the reference the hub's
// RdfCanonicalizer is compared with. Several files per run so a spec starts node once.
//
//   node rdf-canon.mjs a.nq [b.nq …]
//
// Prints a JSON array of the canonical N-Quads, one string per file, in argument order; exits 1 with a one-line
// reason on stderr when a file cannot be read or canonicalised. No network.
import { readFileSync } from 'node:fs';
import canonize from 'rdf-canonize';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  fail('usage: node rdf-canon.mjs <file.nq> [more.nq …]');
}

const results = [];
for (const file of files) {
  try {
    const text = readFileSync(file, 'utf8');
    results.push(await canonize.canonize(text, {
      algorithm: 'RDFC-1.0',
      inputFormat: 'application/n-quads',
      // The reference runs without a work bound; the hub's own bound is specified separately.
      maxWorkFactor: Infinity,
    }));
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
}

process.stdout.write(JSON.stringify(results));
