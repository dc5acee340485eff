#include <nlohmann/json.hpp>

#include "domain/entry_rows.hpp"
#include "domain/place.hpp"
#include "transfer/fhir_bundle.hpp"
#include "transfer/json_list.hpp"

namespace backcare::transfer {
namespace {

// Ordered, so each resource reads in the order FHIR's documentation lists its elements.
using Json = nlohmann::ordered_json;

// LOINC 72514-3 (clinical notes section 8): its display is LOINC's long common name, word for word.
constexpr const char* kLoinc = "http://loinc.org";
constexpr const char* kPainCode = "72514-3";
constexpr const char* kPainDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
constexpr const char* kCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

std::string urn(const std::string& uuid) { return "urn:uuid:" + uuid; }

/// The words for a "slug" or "slug:side" from `names`: "Back of the pelvis, left"; the slug itself for a
/// place content no longer names.
std::string named_place(std::string_view place, const std::map<std::string, std::string>& names) {
  const auto colon = place.find(':');
  const std::string slug(place.substr(0, colon));
  const auto found = names.find(slug);
  return domain::place_words(found == names.end() ? slug : found->second,
                             colon == std::string_view::npos ? std::string_view{} : place.substr(colon + 1));
}

/// A pain entry's regions in words, "; " between them: bodySite holds one text (0..1 in R4).
std::string regions_words(std::string_view where, const std::map<std::string, std::string>& names) {
  std::string out;
  while (!where.empty()) {
    const auto place = where.substr(0, where.find(' '));
    out += (out.empty() ? "" : "; ") + named_place(place, names);
    where.remove_prefix(std::min(where.size(), place.size() + 1));
  }
  return out;
}

/// The parts every resource made of an entry has: its id from the entry's UUID, so that a second export
/// of the same entry is the same resource.
Json resource_of(const char* type, const domain::EntryRow& row) {
  return {{"resourceType", type}, {"id", row.identity.uuid}};
}

void add_subject(Json& resource, const FhirBundleHead& head) {
  if (head.patient_uuid) resource["subject"] = {{"reference", urn(*head.patient_uuid)}};
}

void add_note(Json& resource, const std::vector<std::string>& texts) {
  Json notes = Json::array();
  for (const auto& text : texts) {
    if (!text.empty()) notes.push_back({{"text", text}});
  }
  if (!notes.empty()) resource["note"] = std::move(notes);
}

Json pain_observation(const domain::EntryRow& row, const FhirBundleHead& head) {
  Json resource = resource_of("Observation", row);
  resource["status"] = "final";
  resource["category"] = Json::array({{{"coding", Json::array({{{"system", kCategorySystem}, {"code", "survey"}, {"display", "Survey"}}})}}});
  resource["code"] = {{"coding", Json::array({{{"system", kLoinc}, {"code", kPainCode}, {"display", kPainDisplay}}})},
                      {"text", "Pain severity, 0 to 10"}};
  add_subject(resource, head);
  resource["effectiveDateTime"] = fhir_date_time(row.date, row.time.value_or(""), head.zone, head.day_starts_minutes);
  // A whole number on LOINC's 0-10 scale, which has no unit: valueInteger, not a valueQuantity of "{score}".
  resource["valueInteger"] = std::stoi(row.level);
  if (!row.where.empty()) resource["bodySite"] = {{"text", regions_words(row.where, head.region_names)}};
  add_note(resource, {row.note});
  return resource;
}

/// A sign as recorded, by its name in words: no SNOMED code, which needs a licence (section 8).
Json sign_observation(const domain::EntryRow& row, const FhirBundleHead& head) {
  Json resource = resource_of("Observation", row);
  resource["status"] = "final";
  resource["code"] = {{"text", named_place(row.sign, head.sign_names)}};
  add_subject(resource, head);
  resource["effectiveDateTime"] = fhir_date_time(row.date, row.time.value_or(""), head.zone, head.day_starts_minutes);
  add_note(resource, {row.note});
  return resource;
}

/// "12 repetitions, 20 minutes": what a Procedure has no element for.
std::string amount_words(const domain::EntryRow& row) {
  std::string out = row.reps.empty() ? "" : row.reps + (row.reps == "1" ? " repetition" : " repetitions");
  if (!row.minutes.empty()) out += (out.empty() ? "" : ", ") + row.minutes + (row.minutes == "1" ? " minute" : " minutes");
  return out;
}

Json procedure(const domain::EntryRow& row, const FhirBundleHead& head) {
  Json resource = resource_of("Procedure", row);
  resource["status"] = "completed";
  const auto name = head.routine_names.find(row.routine);
  resource["code"] = {{"text", name == head.routine_names.end() ? row.routine : name->second}};
  add_subject(resource, head);
  resource["performedDateTime"] = fhir_date_time(row.date, row.time.value_or(""), head.zone, head.day_starts_minutes);
  add_note(resource, {amount_words(row), row.note});
  return resource;
}

std::string bundle_entry(const std::string& uuid, Json resource) {
  return element_text(Json{{"fullUrl", urn(uuid)}, {"resource", std::move(resource)}});
}

class FhirEntries final : public domain::EntrySink {
 public:
  FhirEntries(const FhirBundleHead& head, JsonList& list) : head_(head), list_(list) {}
  void entry(const domain::EntryRow& row) override {
    if (row.kind == "pain") {
      list_.element(bundle_entry(row.identity.uuid, pain_observation(row, head_)));
      ++counts.pain;
    } else if (row.kind == "sign") {
      list_.element(bundle_entry(row.identity.uuid, sign_observation(row, head_)));
      ++counts.signs;
    } else if (row.kind == "done" && head_.patient_uuid) {
      list_.element(bundle_entry(row.identity.uuid, procedure(row, head_)));
      ++counts.routines;
    }
  }
  FhirCounts counts;

 private:
  const FhirBundleHead& head_;
  JsonList& list_;
};

/// The Bundle's own elements, laid out as json_text lays out a document, without its closing brace.
std::string bundle_start(const FhirBundleHead& head) {
  const Json bundle = {{"resourceType", "Bundle"},
                       {"identifier", {{"system", "urn:ietf:rfc:3986"}, {"value", urn(head.bundle_uuid)}}},
                       {"type", "collection"},
                       {"timestamp", head.timestamp}};
  const std::string text = json_dump(bundle);
  return text.substr(0, text.size() - 2);
}

}  // namespace

FhirCounts write_fhir_bundle(const domain::EntrySource& entries, const FhirBundleHead& head, const TextOut& out) {
  out(bundle_start(head));
  // The Bundle's "entry", left out when it has none: FHIR's JSON has no empty arrays.
  JsonList list(out, ",\n  \"entry\": [\n", "");
  // A Patient with no name and no identifier: R4 requires a Procedure's subject, and nothing more is needed.
  if (head.patient_uuid) list.element(bundle_entry(*head.patient_uuid, {{"resourceType", "Patient"}, {"id", *head.patient_uuid}}));
  FhirEntries sink(head, list);
  entries(sink);
  list.close();
  out("\n}\n");
  return sink.counts;
}

}  // namespace backcare::transfer
