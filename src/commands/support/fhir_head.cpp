#include "commands/support/fhir_head.hpp"

#include "store/new_uuid.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

std::map<std::string, std::string> names_of(const std::vector<content::BodyPlace>& places) {
  std::map<std::string, std::string> names;
  for (const auto& place : places) names[place.slug] = place.name;
  return names;
}

}  // namespace

domain::FhirBundleHead fhir_head(const Env& env, bool with_patient) {
  domain::FhirBundleHead head;
  head.timestamp = transfer::fhir_instant(env.now.utc, env.zone);
  head.bundle_uuid = store::new_uuid();
  if (with_patient) head.patient_uuid = store::new_uuid();
  head.zone = env.zone;
  head.day_starts_minutes = env.settings.day_starts_minutes;
  for (const auto& routine : env.db().routines(true)) head.routine_names[routine.slug] = routine.name;
  head.region_names = names_of(env.content.regions);
  head.sign_names = names_of(env.content.signs);
  return head;
}

}  // namespace backcare::commands
