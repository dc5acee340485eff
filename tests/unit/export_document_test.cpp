#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/tags.hpp"
#include "support/sample_export.hpp"
#include "transfer/export_document.hpp"
#include "transfer/json_quoted.hpp"
#include "transfer/json_text.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;

namespace {

using Json = nlohmann::ordered_json;

DiaryExport sample(bool extras) {
  DiaryExport data;
  data.entries = {{"done", "2026-11-20", "", "2026-11-20T08:00:00Z", "pelvic-tilt", "", "10", "", "line\nbreak", "", "", {}, {}},
                  {"pain", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", "6", "", "", "\xc2\x9b and \"q\"", "", "", {}, {}},
                  {"pain", "2026-11-26", "09:30", "2026-11-26T09:30:00Z", "", "4", "", "", "",
                   "low-back sacroiliac:left pubic", "", {}, {}},
                  {"sign", "2026-11-26", "10:00", "2026-11-26T10:00:00Z", "", "", "", "", "", "", "leg-swelling:left", {}, {}}};
  data.entries[1].identity = {"0f8fad5b-d9cb-469f-a165-70867728950e", {"1795683600000-0002", "a1b2c3d4e5f60718"}};
  if (!extras) return data;
  data.routines = {backcare::fixtures::pelvic_tilt()};
  data.routines[0].version = {"1795683600000-0000", "a1b2c3d4e5f60718"};
  data.settings = {{"birth-date", "2026-10-02"}, {"week-start", "sunday"}};
  data.setting_versions = {{"week-start", {"1795683600000-0001", "a1b2c3d4e5f60718"}}};
  data.tombstones = {{"pain", "7c9e6679-7425-40de-944b-e07fc1f90ae7", {"1795683600000-0003", "0123"}},
                     {"routine", "own-stretch", {"1795683600000-0004", "0123"}},
                     {"setting", "birth-type", {"1795683600000-0005", "0123"}}};
  return data;
}

/// The document as the JSON library lays out a whole value: what the export wrote before it streamed.
std::string whole_document(const DiaryExport& data) {
  Json out{{"format_version", kExportFormatVersion}, {"entries", Json::array()}, {"routines", Json::array()},
           {"settings", Json::object()}, {"tombstones", Json::array()}};
  const auto text = [](const std::string& t) { return t.empty() ? Json(nullptr) : Json(t); };
  const auto number = [](const std::string& t) { return t.empty() ? Json(nullptr) : Json(std::stoi(t)); };
  // A pain entry's regions an array ([] when none), null for the other kinds.
  const auto places = [](const EntryRow& r) {
    if (r.kind != "pain") return Json(nullptr);
    Json list = Json::array();
    for (const auto& place : read_place_list(r.where)) list.push_back(format_place(place));
    return list;
  };
  // Tags an array ([] when none), null for a sign.
  const auto tags = [](const EntryRow& r) {
    if (r.kind == "sign") return Json(nullptr);
    Json list = Json::array();
    for (const auto& tag : read_tag_list(r.tags, nullptr)) list.push_back(tag);
    return list;
  };
  for (const auto& r : data.entries) {
    out["entries"].push_back({{"kind", r.kind}, {"date", r.date}, {"time", text(r.time.value_or(""))},
                              {"logged_at", r.logged_at}, {"routine", text(r.routine)}, {"level", number(r.level)},
                              {"reps", number(r.reps)}, {"minutes", number(r.minutes)}, {"note", r.note},
                              {"where", places(r)}, {"sign", text(r.sign)}, {"tags", tags(r)}, {"uuid", text(r.identity.uuid)},
                              {"stamp", text(r.identity.version.stamp)}, {"device", text(r.identity.version.device)}});
  }
  for (const auto& r : data.routines) {
    out["routines"].push_back({{"slug", r.slug}, {"name", r.name}, {"kind", r.kind}, {"dose", r.dose},
                               {"retired", r.retired}, {"stamp", text(r.version.stamp)},
                               {"device", text(r.version.device)}});
  }
  for (const auto& [key, value] : data.settings) {
    const auto version = data.setting_versions.contains(key) ? data.setting_versions.at(key) : Version{};
    out["settings"][key] = {{"value", value}, {"stamp", text(version.stamp)}, {"device", text(version.device)}};
  }
  for (const auto& t : data.tombstones) {
    const char* name = t.kind == "routine" ? "slug" : t.kind == "setting" ? "key" : "uuid";
    out["tombstones"].push_back({{"kind", t.kind}, {name, t.key}, {"stamp", text(t.version.stamp)},
                                 {"device", text(t.version.device)}});
  }
  return json_text(out);
}

}  // namespace

TEST(ExportDocument, JsonWrittenPieceByPieceIsTheWholeDocumentsLayout) {
  for (const bool extras : {false, true}) {
    EXPECT_EQ(export_json(sample(extras)), whole_document(sample(extras))) << extras;
  }
  EXPECT_EQ(export_json({}), whole_document({}));
}

TEST(ExportDocument, TheEntriesComeFromTheSourceAsTheyAreWritten) {
  // The source is called once, while the document is being written: between the head and the routines.
  std::string text;
  const EntrySource entries = [&text](EntrySink& sink) {
    EXPECT_EQ(text, "{\n  \"format_version\": 5,\n  \"entries\": ");
    for (const auto& row : sample(false).entries) sink.entry(row);
  };
  write_json_export(entries, sample(true), [&text](std::string_view piece) { text += piece; });
  EXPECT_EQ(text, whole_document(sample(true)));
}

TEST(JsonQuoted, WritesEveryStringAsTheJsonLibraryDoes) {
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii += char(c);
  for (const std::string& text : {std::string(), every_ascii, std::string("\0nul", 4), std::string("é 😀 \xc2\x9b \u202e")}) {
    EXPECT_EQ(json_quoted(text), nlohmann::json(text).dump()) << text;
  }
}

TEST(JsonQuoted, ReplacesBytesThatAreNotUtf8AsJsonTextDoes) {
  EXPECT_EQ(json_quoted("bad\x80" "f"), "\"bad\xef\xbf\xbd" "f\"");
  EXPECT_EQ(json_text(nlohmann::json("bad\x80" "f")), "\"bad\xef\xbf\xbd" "f\"\n");
}
