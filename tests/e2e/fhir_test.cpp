// `export --format fhir` through the built binary (issue 30): the whole Bundle against its golden copy;
// every Bundle made here checked by two independent validators from the npm registry (tests/npm), which
// also reject each kind of fault planted in a good one; each entry's offset across a clock change
// checked against Python's zoneinfo; the resources' ids the same from one export to the next.
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "e2e/harness.hpp"
#include "support/shell.hpp"

namespace backcare::e2e {
namespace {

using Json = nlohmann::json;
using fixtures::shell;

const std::string kValidator = BACKCARE_ROOT_DIR "/tests/npm/fhir-validate.js";

bool validators_installed() {
  return std::filesystem::exists(BACKCARE_ROOT_DIR "/tests/npm/node_modules/fhir") &&
         std::filesystem::exists(BACKCARE_ROOT_DIR "/tests/npm/node_modules/@asymmetrik/fhir-json-schema-validator") &&
         shell("node --version").status == 0;
}

#define SKIP_WITHOUT_VALIDATORS()                                                                             \
  if (!validators_installed())                                                                                \
  GTEST_SKIP() << "node or the FHIR validators are not installed (scripts/install-deps installs them in tests/npm)"

/// What the two validators said of one file.
struct Verdict {
  bool schema = false;  ///< the official R4 JSON schema
  bool fhirjs = false;  ///< FHIR.js, from R4's structure definitions
  std::string problems;
};

/// Each file's verdicts, by file, from one run of the validators over all of them.
std::map<std::string, Verdict> validate(const std::vector<std::filesystem::path>& files) {
  std::string command = "node '" + kValidator + "'";
  for (const auto& file : files) command += " '" + file.string() + "'";
  const auto ran = shell(command);
  EXPECT_EQ(ran.status, 0) << ran.output;
  std::map<std::string, Verdict> verdicts;
  std::istringstream lines(ran.output);
  for (std::string line; std::getline(lines, line);) {
    const auto verdict = Json::parse(line);
    verdicts[verdict["file"]] = {verdict["schema"], verdict["fhirjs"], verdict["problems"].dump()};
  }
  EXPECT_EQ(verdicts.size(), files.size()) << ran.output;
  return verdicts;
}

/// `text` with each UUID replaced by its place in order of first appearance ("uuid-1"): a golden then
/// compares everything else exactly and still shows which references name which resource.
std::string mask_uuids(const std::string& text) {
  static const std::regex kUuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  std::map<std::string, std::string> names;
  std::string out;
  auto from = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kUuid), end; it != end; ++it) {
    out.append(from, (*it)[0].first);
    const auto [name, added] = names.try_emplace(it->str(), "uuid-" + std::to_string(names.size() + 1));
    out += name->second;
    from = (*it)[0].second;
  }
  return out.append(from, text.cend());
}

/// The ids of the resources of `type` in a Bundle, in order.
std::vector<std::string> ids_of(const std::string& bundle, const std::string& type) {
  std::vector<std::string> ids;
  for (const auto& entry : Json::parse(bundle).value("entry", Json::array())) {
    if (entry["resource"]["resourceType"] == type) ids.push_back(entry["resource"]["id"]);
  }
  return ids;
}

class FhirExport : public DiaryTest {
 protected:
  /// A pain entry with regions, a note and a tag; one logged without a time; a night entry; a sign with
  /// a side; routines with minutes and reps; a day's tag (left out of FHIR).
  void log_diary() {
    ok({"config", "birth-date", "2026-09-01"});
    ok({"pain", "6", "--where", "low-back", "sacroiliac:left", "--note", "after the school run", "--tag", "lifting"});
    ok({"pain", "3", "--date", "2026-11-24"});
    ok({"pain", "4", "--date", "2026-11-25", "--time", "02:10", "--note", "a night feed"});
    ok({"done", "hot-compress", "--minutes", "20", "--note", "warm, not hot"});
    ok({"done", "back-rub"});
    EXPECT_EQ(run({"sign", "leg-tingling:right", "--date", "2026-11-25", "--time", "18:00"}).exit_code, 0);
    ok({"tag", "poor-sleep"});
  }

  std::string bundle(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"export", "--format", "fhir"};
    args.insert(args.end(), extra.begin(), extra.end());
    return ok(args);
  }

  /// Logs pain at each diary day and time in `moments`, the note saying which, exports them in `zone`, and
  /// has Python's zoneinfo check every effectiveDateTime.
  void expect_zoneinfo_agrees(const std::string& zone, const std::vector<std::string>& moments) {
    for (const auto& moment : moments) {
      const auto space = moment.find(' ');
      std::vector<std::string> args = {"pain", "2", "--date", moment.substr(0, space), "--note", moment};
      if (space != std::string::npos) args.insert(args.end(), {"--time", moment.substr(space + 1)});
      ok(args);
    }
    const auto file = save("times.json", bundle());
    const auto checked = shell("/usr/bin/python3 " BACKCARE_ROOT_DIR "/tests/e2e/tools/fhir_times.py '" + file.string() +
                               "' " + zone + " 240");
    EXPECT_EQ(checked.status, 0);
    EXPECT_EQ(checked.output, std::to_string(moments.size()) + " agree\n");
  }

  std::filesystem::path save(const std::string& name, const std::string& text) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
};

TEST_F(FhirExport, WritesTheDiaryAsOneBundle) {
  log_diary();
  expect_golden("fhir_bundle", mask_uuids(bundle()));
  expect_golden("fhir_bundle_no_patient", mask_uuids(bundle({"--no-patient"})));
}

TEST_F(FhirExport, BothValidatorsAcceptEveryBundleItMakes) {
  SKIP_WITHOUT_VALIDATORS();
  const auto empty = save("empty.json", bundle());
  log_diary();
  const std::vector<std::filesystem::path> files = {
      empty, save("whole.json", bundle()), save("no-patient.json", bundle({"--no-patient"})),
      save("one-day.json", bundle({"--from", "2026-11-25", "--to", "2026-11-25"}))};
  for (const auto& [file, verdict] : validate(files)) {
    EXPECT_TRUE(verdict.schema) << file << ": " << verdict.problems;
    EXPECT_TRUE(verdict.fhirjs) << file << ": " << verdict.problems;
  }
}

/// The first resource of `type` in a Bundle.
Json& first(Json& bundle, const std::string& type) {
  for (auto& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] == type) return entry["resource"];
  }
  throw std::runtime_error("no " + type);
}

TEST_F(FhirExport, TheTwoValidatorsTogetherRejectEachPlantedFault) {
  SKIP_WITHOUT_VALIDATORS();
  log_diary();
  const auto good = Json::parse(bundle());
  const std::map<std::string, std::function<void(Json&)>> faults = {
      {"no-offset", [](Json& b) { first(b, "Observation")["effectiveDateTime"] = "2026-11-26T20:30:00"; }},
      {"no-status", [](Json& b) { first(b, "Observation").erase("status"); }},
      {"unknown-property", [](Json& b) { first(b, "Observation")["severity"] = "high"; }},
      {"bad-code", [](Json& b) { first(b, "Observation")["status"] = "done"; }},
      {"procedure-without-subject", [](Json& b) { first(b, "Procedure").erase("subject"); }}};
  std::vector<std::filesystem::path> files;
  for (const auto& [name, plant] : faults) {
    Json faulty = good;
    plant(faulty);
    files.push_back(save(name + ".json", faulty.dump(2)));
  }
  const auto verdicts = validate(files);
  for (const auto& [file, verdict] : verdicts) EXPECT_FALSE(verdict.schema && verdict.fhirjs) << file << " passed both";
  // Each misses a fault the other catches: the pair is needed.
  const auto verdict = [&](const std::string& name) { return verdicts.at((dir_ / (name + ".json")).string()); };
  EXPECT_FALSE(verdict("no-offset").schema);
  EXPECT_TRUE(verdict("no-offset").fhirjs);
  EXPECT_TRUE(verdict("no-status").schema);
  EXPECT_FALSE(verdict("no-status").fhirjs);
}

TEST_F(FhirExport, OffsetsAcrossClockChangesAgreeWithZoneinfoInLondon) {
  extra_env_["TZ"] = "Europe/London";
  // Clocks go forward at 01:00 on 29 March 2026 and back at 02:00 on 25 October; a time before 04:00
  // is on the calendar day after its diary day.
  expect_zoneinfo_agrees("Europe/London",
                         {"2026-03-28 00:59", "2026-03-28 01:30", "2026-03-28 03:00", "2026-03-28 23:30", "2026-03-29 12:00",
                          "2026-10-24 00:30", "2026-10-24 01:30", "2026-10-24 02:30", "2026-10-25 12:00", "2026-10-26"});
}

TEST_F(FhirExport, OffsetsAcrossClockChangesAgreeWithZoneinfoInNewYork) {
  extra_env_["TZ"] = "America/New_York";
  // Clocks go forward at 02:00 on 8 March 2026 and back at 02:00 on 1 November.
  expect_zoneinfo_agrees("America/New_York",
                         {"2026-03-07 01:59", "2026-03-07 02:30", "2026-03-07 03:30", "2026-03-08 12:00", "2026-10-31 00:30",
                          "2026-10-31 01:30", "2026-10-31 02:30", "2026-11-01 12:00", "2026-11-01 23:59", "2026-11-02"});
}

TEST_F(FhirExport, TheSameEntriesAreTheSameResourcesInAnotherExport) {
  log_diary();
  const auto once = bundle(), again = bundle();
  for (const auto* type : {"Observation", "Procedure"}) {
    EXPECT_FALSE(ids_of(once, type).empty()) << type;
    EXPECT_EQ(ids_of(once, type), ids_of(again, type)) << type;
  }
  // Each export is a Bundle of its own, with its own Patient: nothing that links two exports of hers.
  EXPECT_NE(Json::parse(once)["identifier"], Json::parse(again)["identifier"]);
  EXPECT_NE(ids_of(once, "Patient"), ids_of(again, "Patient"));
}

TEST_F(FhirExport, FromAndToKeepTheEntriesOfTheirDays) {
  log_diary();
  const auto day = Json::parse(bundle({"--from", "2026-11-25", "--to", "2026-11-25"}));
  std::set<std::string> times;
  for (const auto& entry : day["entry"]) {
    const auto& resource = entry["resource"];
    if (resource.contains("effectiveDateTime")) times.insert(resource["effectiveDateTime"]);
  }
  EXPECT_EQ(times, (std::set<std::string>{"2026-11-26T02:10:00+00:00", "2026-11-25T18:00:00+00:00"}));
  // The range is every format's: a CSV of that day holds its pain entry and its sign.
  const auto csv = ok({"export", "--from", "2026-11-25", "--to", "2026-11-25"});
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;
}

TEST_F(FhirExport, AFileNamedFhirJsonIsABundleReadableByHerOnly) {
  log_diary();
  EXPECT_EQ(ok({"export", "--out", (dir_ / "clinic.fhir.json").string()}),
            "exported 3 pain entries, 1 sign and 2 routines done to '" + (dir_ / "clinic.fhir.json").string() +
                "' (a FHIR R4 Bundle, readable by you only)\n");
  EXPECT_EQ(mode_of(dir_ / "clinic.fhir.json"), 0600u);
  EXPECT_EQ(Json::parse(read_file(dir_ / "clinic.fhir.json"))["resourceType"], "Bundle");
  EXPECT_EQ(ok({"export", "--no-patient", "--out", (dir_ / "obs.fhir.json").string()}),
            "exported 3 pain entries, 1 sign and no routines (--no-patient) to '" + (dir_ / "obs.fhir.json").string() +
                "' (a FHIR R4 Bundle, readable by you only)\n");
}

}  // namespace
}  // namespace backcare::e2e
