// Proves the contracts are usable outside .NET: loads every file of protos/exchange/v1 with the stock
// Node.js gRPC stack (@grpc/grpc-js + @grpc/proto-loader, google/api and google/rpc protos from
// google-proto-files) and calls a running hub over TLS, trusting the hub's certificate file (its self-signed
// tls-certificate.pem in the keys folder, or the CA of an operator's certificate).
//
//   node check.mjs 127.0.0.1:5100 .hub-data/keys/tls-certificate.pem
//   node check.mjs 127.0.0.1:5100 --plaintext      # a hub started with Hub__Plaintext=true (development)
//
// Prints one JSON object per step and exits non-zero if any step fails.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const here = dirname(fileURLToPath(import.meta.url));
const protoRoot = join(here, '..', '..', 'protos');
const googleProtos = dirname(createRequire(import.meta.url).resolve('google-proto-files/package.json'));
const address = process.argv[2] ?? '127.0.0.1:5100';
const trust = process.argv[3] ?? join('.hub-data', 'keys', 'tls-certificate.pem');
const credentials = trust === '--plaintext'
  ? grpc.credentials.createInsecure()
  : grpc.credentials.createSsl(readFileSync(trust));

const files = readdirSync(join(protoRoot, 'exchange', 'v1'))
  .filter((f) => f.endsWith('.proto'))
  .map((f) => `exchange/v1/${f}`);

const definition = protoLoader.loadSync(files, {
  includeDirs: [protoRoot, googleProtos],
  keepCase: false,
  longs: String, // JSON transcoding and grpc-js both need 64-bit integers as strings to stay exact
  enums: String,
  defaults: true,
  oneofs: true,
});
const loaded = grpc.loadPackageDefinition(definition);
const v1 = loaded.exchange.v1;
const services = Object.keys(v1).filter((name) => typeof v1[name] === 'function' && v1[name].service);
console.log(JSON.stringify({ step: 'load', files: files.length, services }));

const client = new v1.HubInfoService(address, credentials);
const deadline = new Date(Date.now() + 10_000);
client.getHubInfo({}, { deadline }, (error, info) => {
  if (error) {
    console.log(JSON.stringify({ step: 'GetHubInfo', ok: false, code: error.code, details: error.details }));
    process.exit(1);
  }
  console.log(JSON.stringify({ step: 'GetHubInfo', ok: true, info }));
  client.close();
});
