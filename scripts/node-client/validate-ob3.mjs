// Validates a JSON document against a JSON Schema of draft 2019-09 (the 1EdTech Open Badges 3.0 schemas) with Ajv's
// draft-2019 build and ajv-formats, the way an outside verifier checks a credential's shape.
//
//   node validate-ob3.mjs ../../../shared/samples/ob3/ob_v3p0_achievementcredential_schema.json credential.json
//
// Exits 0 when valid; 1 with a one-line reason on stderr (and every schema error as JSON on stdout) otherwise.
import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}

const [schemaFile, documentFile] = process.argv.slice(2);
if (!schemaFile || !documentFile) fail('usage: node validate-ob3.mjs <schema-file> <json-file>');

let schema;
let document;
try {
  schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  document = JSON.parse(readFileSync(documentFile, 'utf8'));
} catch (error) {
  fail(`cannot read the schema or the document: ${error.message}`);
}

// strict: false keeps Ajv from logging strict-mode remarks on the 1EdTech schema (its "@context" tuple "items" has
// minItems but no maxItems): a style remark about the schema, not an error in the document.
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);

let validate;
try {
  validate = ajv.compile(schema);
} catch (error) {
  fail(`the schema does not compile: ${error.message}`);
}

if (validate(document)) {
  process.stdout.write('valid\n');
  process.exit(0);
}
process.stdout.write(`${JSON.stringify(validate.errors, null, 2)}\n`);
const first = validate.errors[0];
fail(`invalid: ${validate.errors.length} error(s), first: ${first.instancePath || '/'} ${first.message}`);
