// Bytes JSON must not carry raw (#25): DEL is written \u007f, as the C1 controls are, so no terminal sees
// it raw from --json or a JSON export; a note that is not UTF-8 (only SQL from outside backcare can write
// one) is exported with U+FFFD in place of each bad byte, as JSON text must be UTF-8, while CSV keeps it
// exact.
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

using JsonBytes = DiaryTest;

TEST_F(JsonBytes, DelIsEscapedInJsonAndReadsBackTheSame) {
  today_ = "2026-11-26T10:00";
  ok({"pain", "4", "--note", "a\x7f" "b"});
  const auto history = ok({"history", "--json"});
  EXPECT_NE(history.find("a\\u007fb"), std::string::npos) << history;
  EXPECT_EQ(history.find('\x7f'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(history).at("entries").at(0).at("note"), "a\x7f" "b");
  const auto exported = ok({"export", "--format", "json"});
  EXPECT_NE(exported.find("a\\u007fb"), std::string::npos) << exported;
  EXPECT_EQ(exported.find('\x7f'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(exported).at("entries").at(0).at("note"), "a\x7f" "b");
  // CSV is the note's bytes, exact.
  EXPECT_NE(ok({"export"}).find("a\x7f" "b"), std::string::npos);
}

TEST_F(JsonBytes, ANoteThatIsNotUtf8IsExportedWithReplacementCharacters) {
  today_ = "2026-11-26T10:00";
  ok({"pain", "4", "--note", "ok"});
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE pain SET note = CAST(x'6261648066' AS TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  const auto exported = ok({"export", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(exported).at("entries").at(0).at("note"), "bad\xef\xbf\xbd" "f");
  EXPECT_NE(ok({"export"}).find(",bad\x80" "f,,,\r\n"), std::string::npos);  // then an empty where, sign and tags
  const auto history = ok({"history", "--json"});
  EXPECT_EQ(nlohmann::json::parse(history).at("entries").at(0).at("note"), "bad\xef\xbf\xbd" "f");
}

}  // namespace
}  // namespace backcare::e2e
