// Verifies a compact JWS (VC-JWT) the way an outside verifier does: jose's jwtVerify with the issuer's published
// JWKS (createRemoteJWKSet picks the key by the header's kid), ES256 or RS256 only.
//
//   node verify-vc-jwt.mjs credential.jwt https://hub.example/.well-known/jwks.json --issuer https://hub.example
//
// Prints {"header":…,"payload":…} as JSON on stdout and exits 0 when the signature verifies (and the iss claim is
// the given issuer, and nbf/exp hold); exits 1 with a one-line reason on stderr otherwise.
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, jwtVerify } from 'jose';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const issuerAt = args.indexOf('--issuer');
const issuer = issuerAt >= 0 ? args[issuerAt + 1] : undefined;
if (issuerAt >= 0) args.splice(issuerAt, 2);
const [jwtFile, jwksUrl] = args;
if (!jwtFile || !jwksUrl || (issuerAt >= 0 && !issuer)) {
  fail('usage: node verify-vc-jwt.mjs <jwt-file> <jwks-url> [--issuer <id>]');
}

let jwt;
try {
  jwt = readFileSync(jwtFile, 'utf8').trim();
} catch (error) {
  fail(`cannot read ${jwtFile}: ${error.message}`);
}

try {
  const jwks = createRemoteJWKSet(new URL(jwksUrl));
  const { payload, protectedHeader } = await jwtVerify(jwt, jwks, {
    algorithms: ['ES256', 'RS256'],
    ...(issuer ? { issuer } : {}),
  });
  process.stdout.write(`${JSON.stringify({ header: protectedHeader, payload })}\n`);
} catch (error) {
  fail(`not verified: ${error.code ?? error.name}: ${error.message}`);
}
