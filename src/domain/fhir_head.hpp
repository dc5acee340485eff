#pragma once
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "domain/zone.hpp"

namespace backcare::domain {

// The head of a FHIR Bundle of the diary (issue 30), gathered by export and written by transfer/.

/// What a Bundle needs beyond the entries: when it was made, its identity, the Patient its Procedures
/// point to, and the words her entries' slugs stand for. The command gathers it; the writer only writes.
struct FhirBundleHead {
  std::string timestamp;    ///< the instant it is made, with its offset: 2026-12-04T15:51:08+00:00
  std::string bundle_uuid;  ///< new for each export: the Bundle's identifier
  /// The Patient's id, new for each export (no name, no identifier: nothing that names her or links
  /// two exports); nullopt with --no-patient, which leaves out the Procedures that need one.
  std::optional<std::string> patient_uuid;
  domain::Zone zone = domain::fixed_zone(std::chrono::seconds{0});  ///< each entry's offset at its instant
  int day_starts_minutes = 4 * 60;  ///< a time before it lies on the calendar day after the diary day
  std::map<std::string, std::string> routine_names;  ///< by slug
  std::map<std::string, std::string> region_names;   ///< by slug
  std::map<std::string, std::string> sign_names;     ///< by slug
};

/// How many resources of each kind a Bundle got, counted as it is written.
struct FhirCounts {
  std::size_t pain = 0;
  std::size_t signs = 0;
  std::size_t routines = 0;
};

}  // namespace backcare::domain
