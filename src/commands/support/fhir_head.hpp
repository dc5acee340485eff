#pragma once
#include "commands/support/env.hpp"
#include "transfer/fhir_bundle.hpp"

namespace backcare::commands {

/// What `export --format fhir` writes beside the entries: made now, with a new identifier and (unless
/// `with_patient` is false) a new Patient id, her zone and day start, and content's and her routines'
/// names for the slugs.
domain::FhirBundleHead fhir_head(const Env& env, bool with_patient);

}  // namespace backcare::commands
