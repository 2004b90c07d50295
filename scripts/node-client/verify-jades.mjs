// Verifies a JAdES-sealed document (JWS JSON serialisation, general or flattened; b64 true or the RFC 7797 unencoded
// payload) the way an outside verifier does: jose's generalVerify / flattenedVerify with the given certificate's key.
// The JAdES critical parameters are declared to jose as understood: sigT (must be protected), adoTst (not verified
// here); b64 is jose's own. Timestamps, validation data and the certificate chain are not checked.
//
//   node verify-jades.mjs sealed.json leaf-certificate.pem
//
// Prints the payload (the credential's JSON text) on stdout and exits 0 when the seal verifies; exits 1 with a
// one-line reason on stderr otherwise.
import { readFileSync } from 'node:fs';
import { flattenedVerify, generalVerify, importX509 } from 'jose';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const [file, pemFile] = process.argv.slice(2);
if (!file || !pemFile) {
  fail('usage: node verify-jades.mjs <jades-json-file> <trusted-leaf-cert-pem>');
}

let jws;
let pem;
try {
  jws = JSON.parse(readFileSync(file, 'utf8'));
  pem = readFileSync(pemFile, 'utf8');
} catch (error) {
  fail(`cannot read the input: ${error.message}`);
}

const general = Array.isArray(jws.signatures);
const first = general ? jws.signatures[0] : jws;
let alg;
try {
  alg = JSON.parse(Buffer.from(first.protected, 'base64url').toString('utf8')).alg;
} catch (error) {
  fail(`the protected header is not base64url JSON: ${error.message}`);
}

const options = {
  algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'],
  crit: { sigT: true, adoTst: false },
};

try {
  const key = await importX509(pem, alg);
  const result = general ? await generalVerify(jws, key, options) : await flattenedVerify(jws, key, options);
  process.stdout.write(`${new TextDecoder().decode(result.payload)}\n`);
} catch (error) {
  fail(`not verified: ${error.code ?? error.name}: ${error.message}`);
}
