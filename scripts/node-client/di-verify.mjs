// Verifies eddsa-rdfc-2022 Data Integrity proofs the way digitalbazaar's libraries do, offline: the key comes from a
// did:key verification method, or from --key <publicKeyMultibase>, or from a method whose fragment is the key's
// multibase (z6Mk…, as the OB 3.0 test vector names it); contexts only from node_modules.
//
//   node di-verify.mjs signed.json [more.json …] [--key z6Mk…]
//
// Prints one JSON line per file ({"file","verified","error"}); exits 0 when every file verifies, 1 otherwise (with a
// one-line reason per failure on stderr).
import { readFileSync } from 'node:fs';
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { controllerDocument, documentLoader, methodDocument } from './di-documents.mjs';

const args = process.argv.slice(2);
const keyAt = args.indexOf('--key');
const givenKey = keyAt >= 0 ? args[keyAt + 1] : undefined;
if (keyAt >= 0) args.splice(keyAt, 2);
if (args.length === 0) {
  process.stderr.write('usage: node di-verify.mjs <signed.json> [more.json …] [--key <publicKeyMultibase>]\n');
  process.exit(1);
}

function keyOf(method) {
  if (givenKey) return givenKey;
  if (method.startsWith('did:key:')) return method.slice('did:key:'.length).split('#')[0];
  const fragment = method.split('#')[1];
  if (fragment?.startsWith('z6Mk')) return fragment;
  throw new Error(`no key for ${method}: pass --key`);
}

let failed = false;
for (const file of args) {
  let verified = false;
  let error;
  try {
    const credential = JSON.parse(readFileSync(file, 'utf8'));
    const proofs = [credential.proof].flat();
    const method = proofs[0]?.verificationMethod;
    if (typeof method !== 'string') throw new Error('the proof names no verificationMethod');
    const result = await jsigs.verify(credential, {
      suite: new DataIntegrityProof({ cryptosuite }),
      purpose: new jsigs.purposes.AssertionProofPurpose({ controller: controllerDocument(method) }),
      documentLoader: documentLoader(new Map([[method, methodDocument(method, keyOf(method))]])),
    });
    verified = result.verified;
    if (!verified) {
      const errors = [result.error].flat().flatMap(e => e?.errors ?? [e]);
      error = errors.map(e => e?.message ?? String(e)).join('; ');
    }
  } catch (e) {
    error = e.message;
  }
  if (!verified) {
    failed = true;
    process.stderr.write(`${file}: ${error}\n`);
  }
  process.stdout.write(`${JSON.stringify({ file, verified, error })}\n`);
}
process.exit(failed ? 1 : 0);
