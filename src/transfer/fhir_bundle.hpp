#pragma once
#include <string>

#include "domain/entry_sink.hpp"
#include "domain/fhir_head.hpp"
#include "domain/zone.hpp"
#include "transfer/export_document.hpp"

namespace backcare::transfer {

using domain::FhirBundleHead;
using domain::FhirCounts;

// A FHIR R4 Bundle of the diary, for a clinic's system (issue 30): written only, never read back. Base R4,
// no profile claimed (clinical notes section 8).

/// The Bundle (type collection): a Patient when `head` has one, then one Observation per pain entry and
/// per sign and one Procedure per routine done (with a Patient only), in export order; a day's tags are
/// left out. Written entry by entry as `entries` hands them over, so it is never held whole.
FhirCounts write_fhir_bundle(const domain::EntrySource& entries, const FhirBundleHead& head, const TextOut& out);

/// FHIR's dateTime for an entry logged on diary day `day` (YYYY-MM-DD) at local `time` (HH:MM, "" for
/// none): the date alone without a time; else the real instant, with the offset in force then in `zone`.
/// A time before the day starts lies on the calendar day after the diary day (a 02:00 night feed). In the
/// hour a clock skips, the time is read with the offset before the change and written as the instant it
/// names (01:30 on the spring-forward day in London is written 02:30+01:00).
std::string fhir_date_time(const std::string& day, const std::string& time, const domain::Zone& zone,
                           int day_starts_minutes);
/// FHIR's instant: 2026-12-04T15:51:08+00:00, the local time in `zone` and its offset.
std::string fhir_instant(date::sys_seconds utc, const domain::Zone& zone);

}  // namespace backcare::transfer
