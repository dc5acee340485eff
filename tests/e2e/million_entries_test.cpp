// A diary of a million entries goes out and comes back in bounded memory (#25): export writes each entry
// as the diary hands it over, import checks and stages each as it reads it, so both run in 64 MiB of
// address space, and the export of the import of an export is that export, byte for byte.
#include <sqlite3.h>
#include <sys/resource.h>

#include "e2e/harness.hpp"
#include "support/sanitizers.hpp"

namespace backcare::e2e {
namespace {

using fixtures::kSanitized;

/// 600,000 pain entries and 400,000 done, 62 a day from 1980 (44 years, up to 2024: import takes days
/// from 1970 on), each distinct: written with SQL, as no command adds a million entries in the time a
/// test may take. Some notes need CSV quoting, some have no clock time, some done rows have reps or minutes.
constexpr const char* kMillionEntries = R"(
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999),
rows AS (SELECT i, date('1980-01-01', '+' || (i / 62) || ' days') AS day,
                printf('%02d:%02d', (i % 62) * 23 / 60, (i % 62) * 23 % 60) AS clock FROM n)
INSERT INTO pain (day, time, logged_at, level, note, stamp, device)
  SELECT day, CASE WHEN i % 97 = 0 THEN NULL ELSE clock END, day || 'T' || clock || ':00Z', i % 11,
         CASE WHEN i % 1000 = 0 THEN 'said "ouch", twice' WHEN i % 3 = 0 THEN 'note ' || i ELSE '' END,
         printf('%013d-0000', i), 'ab'
  FROM rows WHERE i % 5 < 3;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999),
rows AS (SELECT i, date('1980-01-01', '+' || (i / 62) || ' days') AS day,
                printf('%02d:%02d', (i % 62) * 23 / 60, (i % 62) * 23 % 60) AS clock FROM n)
INSERT INTO completion (day, time, logged_at, routine_id, reps, minutes, note, stamp, device)
  SELECT day, clock, day || 'T' || clock || ':00Z', (SELECT min(id) FROM routine) + i % 4,
         CASE WHEN i % 7 = 0 THEN 1 + i % 30 END, CASE WHEN i % 11 = 0 THEN 1 + i % 60 END,
         CASE WHEN i % 5 = 3 THEN 'done ' || i ELSE '' END, printf('%013d-0000', i), 'ab'
  FROM rows WHERE i % 5 >= 3;
)";

class MillionEntries : public DiaryTest {
 protected:
  /// Runs backcare on `db` with at most 64 MiB of address space.
  RunResult limited(const std::filesystem::path& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.string()});
    return finish_binary(start_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}}, "", [] {
      const rlimit limit{64u << 20, 64u << 20};
      ::setrlimit(RLIMIT_AS, &limit);
    }));
  }

  /// Exports `db` in `format` under the limit; the file's text.
  std::string exported(const std::filesystem::path& db, const std::string& format) {
    const auto file = dir_ / (db.stem().string() + "." + format);
    const auto result = limited(db, {"export", "--out", file.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    return read_file(file);
  }

  /// Imports `file` under the limit into a new diary `db`.
  void imported(const std::filesystem::path& db, const std::filesystem::path& file) {
    const auto result = limited(db, {"import", file.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, welcome_text());
  }
};

TEST_F(MillionEntries, GoOutAndComeBackByteForByteIn64MiB) {
  if (kSanitized) GTEST_SKIP() << "a sanitizer reserves more address space than the 64 MiB limit leaves";
  ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise", "--dose", "10 reps"});
  ok({"config", "birth-type", "caesarean"});
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, kMillionEntries, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);

  for (const std::string format : {"csv", "json"}) {
    const auto first = exported(db_, format);
    ASSERT_GT(first.size(), std::size_t(30) << 20) << format;
    const auto copy = dir_ / ("copy-" + format + ".db");
    imported(copy, dir_ / ("backcare." + format));
    EXPECT_TRUE(exported(copy, format) == first) << format << ": the export of the import differs";
  }
}

}  // namespace
}  // namespace backcare::e2e
