#include <fstream>
#include <sstream>

#include "e2e/harness.hpp"

// Each instant is converted with the offset in force at that instant, in the zone TZ names: the fixed
// "today", the logged instant, the export and the import. Every zone is set by the test (the harness
// gives UTC otherwise), so nothing here depends on the machine.

namespace backcare::e2e {
namespace {

struct ZoneCase {
  const char* zone;
  const char* today;      ///< BACKCARE_TODAY, a local wall-clock time
  const char* logged_at;  ///< the instant it is, as the export writes it
  const char* shown;      ///< the diary day and clock time history shows
};

// A zone with daylight saving on both sides of its change, one far east and one far west of UTC, and
// one with a half-hour offset.
const ZoneCase kCases[] = {
    {"America/New_York", "2026-07-01T12:00", "2026-07-01T16:00:00Z", "Wed 1 Jul 2026\n  p1  12:00  pain 5/10\n"},
    {"America/New_York", "2026-12-01T12:00", "2026-12-01T17:00:00Z", "Tue 1 Dec 2026\n  p1  12:00  pain 5/10\n"},
    {"Europe/London", "2026-03-29T12:00", "2026-03-29T11:00:00Z", "Sun 29 Mar 2026\n  p1  12:00  pain 5/10\n"},
    {"Europe/London", "2026-03-28T12:00", "2026-03-28T12:00:00Z", "Sat 28 Mar 2026\n  p1  12:00  pain 5/10\n"},
    {"Australia/Sydney", "2026-07-01T12:00", "2026-07-01T02:00:00Z", "Wed 1 Jul 2026\n  p1  12:00  pain 5/10\n"},
    {"Pacific/Kiritimati", "2026-11-26T09:00", "2026-11-25T19:00:00Z", "Thu 26 Nov 2026\n  p1  09:00  pain 5/10\n"},
    {"Pacific/Pago_Pago", "2026-11-26T20:00", "2026-11-27T07:00:00Z", "Thu 26 Nov 2026\n  p1  20:00  pain 5/10\n"},
    {"Asia/Kolkata", "2026-11-26T12:00", "2026-11-26T06:30:00Z", "Thu 26 Nov 2026\n  p1  12:00  pain 5/10\n"},
};

/// Field `index` of the export's only entry (kind,date,time,logged_at,...).
std::string field_of(const std::string& csv, int index) {
  std::istringstream lines(csv);
  std::string header, row, field;
  std::getline(lines, header);
  std::getline(lines, row);
  std::istringstream fields(row);
  for (int i = 0; i <= index; ++i) std::getline(fields, field, ',');
  return field;
}

std::string logged_at_of(const std::string& csv) { return field_of(csv, 3); }

class Zones : public DiaryTest {};

TEST_F(Zones, EachInstantIsConvertedWithTheOffsetInForceThen) {
  for (const auto& c : kCases) {
    SCOPED_TRACE(std::string(c.zone) + " " + c.today);
    std::filesystem::remove(db_);
    extra_env_["TZ"] = c.zone;
    today_ = c.today;
    ok({"pain", "5"});
    const auto csv = ok({"export"});
    EXPECT_EQ(logged_at_of(csv), c.logged_at);
    EXPECT_EQ(field_of(csv, 2), std::string(c.today).substr(11));  // the clock time, as she saw it
    const auto history = ok({"history", "--from", std::string(c.today).substr(0, 10)});
    EXPECT_EQ(history.substr(history.find('\n') + 1), c.shown + kHistoryHint);
  }
}

TEST_F(Zones, AnImportedSummerEntryKeepsItsSummerClockTimeInWinter) {
  const auto file = dir_ / "summer.csv";
  std::ofstream(file) << "kind,date,logged_at,routine,level,reps,minutes,note\r\n"
                         "pain,2026-07-01,2026-07-01T16:00:00Z,,5,,,\r\n";
  extra_env_["TZ"] = "America/New_York";
  today_ = "2026-12-01T12:00";  // winter: UTC-5, but the entry was logged under UTC-4
  ok({"import", file.string()});
  EXPECT_EQ(ok({"history", "--from", "2026-07-01", "--to", "2026-07-01"}),
            "History 2026-07-01 to 2026-07-01, newest first\nWed 1 Jul 2026\n  p1  12:00  pain 5/10\n" + kHistoryHint);
}

TEST_F(Zones, AnExportImportedInAnotherZoneKeepsItsInstants) {
  extra_env_["TZ"] = "Asia/Kolkata";
  today_ = "2026-11-26T12:00";
  ok({"pain", "5"});
  const auto file = dir_ / "out.csv";
  ok({"export", "--out", file.string()});
  std::filesystem::remove(db_);
  extra_env_["TZ"] = "America/New_York";
  ok({"import", file.string()});
  EXPECT_EQ(logged_at_of(ok({"export"})), "2026-11-26T06:30:00Z");
}

}  // namespace
}  // namespace backcare::e2e
