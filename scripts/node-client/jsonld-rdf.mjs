// The outside reference for the hub's JSON-LD processor (src/Hub/Credentials/Outside/Linked): jsonld.js turns a
// document into RDF with a document loader that serves ONLY the context files the hub carries
// (src/Hub/Credentials/Outside/Linked/Contexts, URLs by its urls.json) and refuses anything else — no network.
//
//   node jsonld-rdf.mjs <file> [--canon]            N-Quads (toRDF), or with --canon the RDFC-1.0 canonical N-Quads
//   node jsonld-rdf.mjs <file> <file> … [--canon]   a JSON array of those texts, one per file, in argument order
//
// Exits 1 with a one-line reason on stderr when a file cannot be read or processed.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const contexts = new URL('../../src/Hub/Credentials/Outside/Linked/Contexts/', import.meta.url);
const files = JSON.parse(readFileSync(new URL('urls.json', contexts), 'utf8'));

async function documentLoader(url) {
  const file = files[url];
  if (!file) {
    throw new Error(`unknown context ${url} (the hub does not carry it; nothing is fetched)`);
  }
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(new URL(file, contexts), 'utf8')) };
}

const args = process.argv.slice(2);
const canon = args.includes('--canon');
const inputs = args.filter(a => a !== '--canon');
if (inputs.length === 0) {
  fail('usage: node jsonld-rdf.mjs <file.json> [more.json …] [--canon]');
}

const results = [];
for (const input of inputs) {
  try {
    const document = JSON.parse(readFileSync(input, 'utf8'));
    // safe: false — relative IRIs are dropped as the JSON-LD toRdf algorithm says, not refused.
    results.push(canon
      ? await jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: false })
      : await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader, safe: false }));
  } catch (error) {
    fail(`${input}: ${error.message}`);
  }
}

process.stdout.write(inputs.length === 1 ? results[0] : JSON.stringify(results));
