// Signs a credential with an eddsa-rdfc-2022 Data Integrity proof the way digitalbazaar's libraries do
// (jsonld-signatures + @digitalbazaar/data-integrity + eddsa-rdfc-2022-cryptosuite + ed25519-multikey), offline.
//
//   node di-sign.mjs unsigned.json <seed-hex, 32 bytes> <verificationMethod> [created, e.g. 2026-01-01T00:00:00Z]
//
// The verification method's controller (the part before '#') must be the credential's issuer; for a did:key method
// pass "did:key" and the method is made from the key. Prints the signed credential as JSON on stdout; exits 1 with a
// one-line reason on stderr otherwise.
import { readFileSync } from 'node:fs';
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { controllerDocument, documentLoader, methodDocument } from './di-documents.mjs';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const [file, seedHex, method, created] = process.argv.slice(2);
if (!file || !/^[0-9a-fA-F]{64}$/.test(seedHex ?? '') || !method) {
  fail('usage: node di-sign.mjs <unsigned.json> <seed-hex> <verificationMethod|did:key> [created]');
}

try {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const seed = Uint8Array.from(Buffer.from(seedHex, 'hex'));
  const probe = await Ed25519Multikey.generate({ seed });
  const id = method === 'did:key'
    ? `did:key:${probe.publicKeyMultibase}#${probe.publicKeyMultibase}`
    : method;
  const key = await Ed25519Multikey.generate({ seed, id, controller: id.split('#')[0] });
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite, date: created });
  const methods = new Map([[id, methodDocument(id, key.publicKeyMultibase)]]);
  const signed = await jsigs.sign(credential, {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose({ controller: controllerDocument(id) }),
    documentLoader: documentLoader(methods),
  });
  process.stdout.write(JSON.stringify(signed, null, 2));
} catch (error) {
  fail(`cannot sign ${file}: ${error.message}`);
}
