// Reads one entry of a W3C Bitstring Status List the way an outside verifier does: fetches the status list
// credential (a VC-JWT), verifies it with jose against the issuer's JWKS, gunzips credentialSubject.encodedList
// ("u" + base64url, no padding, of the GZIP of the bitstring; index 0 is the left-most bit of byte 0) and prints
// "set" or "clear" for the index.
//
//   node status-bit.mjs https://hub.example/status/credentials/1 https://hub.example/.well-known/jwks.json 42
//
// Exits 0 with "set" or "clear" on stdout; 1 with a one-line reason on stderr otherwise.
import { gunzipSync } from 'node:zlib';
import { createRemoteJWKSet, jwtVerify } from 'jose';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const [listUrl, jwksUrl, indexText] = process.argv.slice(2);
if (!listUrl || !jwksUrl || indexText === undefined) {
  fail('usage: node status-bit.mjs <status-list-url> <jwks-url> <index>');
}
if (!/^\d+$/.test(indexText)) fail(`the index must be a non-negative integer, not "${indexText}"`);
const index = Number(indexText);

let response;
try {
  response = await fetch(listUrl);
} catch (error) {
  fail(`cannot fetch ${listUrl}: ${error.message}`);
}
if (!response.ok) fail(`${listUrl} answered ${response.status}`);
const jwt = (await response.text()).trim();

let payload;
try {
  ({ payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(jwksUrl)), { algorithms: ['ES256', 'RS256'] }));
} catch (error) {
  fail(`the status list credential does not verify: ${error.code ?? error.name}: ${error.message}`);
}

// VC-JOSE puts the credential in the payload; the older layout wraps it in a "vc" claim.
const credential = payload.vc ?? payload;
const types = [credential.type].flat();
if (!types.includes('BitstringStatusListCredential')) fail(`not a BitstringStatusListCredential: type ${JSON.stringify(credential.type)}`);
const encoded = credential.credentialSubject?.encodedList;
if (typeof encoded !== 'string' || !encoded.startsWith('u')) fail('credentialSubject.encodedList is missing or not multibase base64url ("u…")');

let bits;
try {
  bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
} catch (error) {
  fail(`encodedList is not GZIP: ${error.message}`);
}
if (index >= bits.length * 8) fail(`index ${index} is past the end of the list (${bits.length * 8} entries)`);
const set = (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
process.stdout.write(`${set ? 'set' : 'clear'}\n`);
