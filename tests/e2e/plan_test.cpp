// `plan` through the built binary: the reminders in words and JSON, and the --ics calendar read back by a
// real iCalendar parser (python3-icalendar, tests/e2e/tools/ics_read.py), whole, for each kind of hold.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Debian's python3 (not one of a version manager's earlier on PATH), where python3-icalendar installs.
constexpr const char* kPython = "/usr/bin/python3";

bool parser_installed() {
  return std::system((std::string(kPython) + " -c 'import icalendar' 2>/dev/null").c_str()) == 0;
}

/// What the parser read from a calendar file, after its line checks.
std::string parsed(const std::filesystem::path& file) {
  const std::string command =
      std::string(kPython) + " " BACKCARE_ROOT_DIR "/tests/e2e/tools/ics_read.py '" + file.string() + "' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
  EXPECT_EQ(::pclose(pipe), 0) << output;
  return output;
}

/// The routines for any time of day that no phase rule holds: the massages and the compress.
const std::string kFreeAnyTime = "Palm press on the low back, Muscle knot rub, Leg push (with a helper)";
const std::string kCompress = ", Hot wet-towel compress\n";
/// The end of `plan`'s text.
const std::string kHints = "To put them in your calendar: backcare plan --ics reminders.ics\n"
                           "Their times: backcare config morning HH:MM, backcare config evening HH:MM\n";

class Plan : public DiaryTest {
 protected:
  /// Writes the plan to a file with `more` options and returns what the parser read from it.
  std::string calendar(std::vector<std::string> more = {}) {
    const auto file = dir_ / "reminders.ics";
    std::vector<std::string> args{"plan", "--ics", file.string()};
    args.insert(args.end(), more.begin(), more.end());
    ok(args);
    return parsed(file);
  }

  // Installed by scripts/install-deps; skipped only on a machine set up without it.
  void skip_without_parser() {
    if (!parser_installed()) GTEST_SKIP() << "python3-icalendar is not installed (scripts/install-deps installs it)";
  }
};

TEST_F(Plan, WithoutABirthDateTheKneeHugWaitsAndTheTextSaysWhy) {
  expect_golden("plan_new_diary", ok({"plan"}));
}

TEST_F(Plan, AfterAVaginalBirthTheKneeHugStartsWhenItsSixWeeksEnd) {
  ok({"config", "birth-date", "2026-10-30"});
  ok({"config", "birth-type", "vaginal"});
  expect_golden("plan_vaginal", ok({"plan"}));
  expect_golden("plan_vaginal_json", ok({"plan", "--json"}));
  skip_without_parser();
  expect_golden("plan_vaginal_ics", calendar());
}

TEST_F(Plan, AfterACaesareanWithoutClearanceTheKneeHugIsLeftOutAndTheCalendarSaysSo) {
  ok({"config", "birth-date", "2026-09-01"});
  ok({"config", "birth-type", "caesarean"});
  skip_without_parser();
  expect_golden("plan_caesarean_ics", calendar({"--weeks", "2"}));
  // Cleared: no wait left (the weeks are not a floor for the knee hug), so it starts on the first day.
  ok({"config", "cleared-for-exercise", "yes"});
  const auto cleared = ok({"plan", "--json"});
  EXPECT_NE(cleared.find(R"("first": "2026-11-26",
      "last": "2027-02-17",
      "name": "Knee hug")"), std::string::npos) << cleared;
}

TEST_F(Plan, AWaitThatEndsAfterThePlanLeavesTheRoutineOut) {
  ok({"config", "birth-date", "2026-11-20"});
  ok({"config", "birth-type", "vaginal"});
  EXPECT_EQ(ok({"plan", "--from", "2026-11-30", "--weeks", "1"}),
            std::string("Reminders for Mon 30 Nov 2026 to Sun 6 Dec 2026, every day:\n"
                        "  08:00  Back rub                morning\n"
                        "Not in the plan:\n"
                        "  Knee hug, Waist roll: held until Fri 1 Jan 2027, 6 weeks after the birth (a careful choice of "
                        "backcare's own: about when the postnatal check falls)\n"
                        "  Sit-up: held until Fri 1 Jan 2027, 6 weeks after the birth, and then until your midwife or "
                        "doctor clears you (backcare config cleared-for-exercise yes)\n"
                        "  Any time of day, so no set time to remind you: ") +
                kFreeAnyTime + kCompress + kHints);
}

TEST_F(Plan, TheTimesComeFromTheSettings) {
  ok({"config", "birth-date", "2026-01-30"});
  ok({"config", "birth-type", "vaginal"});
  ok({"config", "morning", "06:45"});
  ok({"config", "evening", "22:10"});
  EXPECT_EQ(ok({"plan", "--from", "tomorrow", "--weeks", "3"}),
            std::string("Reminders for Fri 27 Nov 2026 to Thu 17 Dec 2026, every day:\n"
                        "  06:45  Back rub                morning\n"
                        "  22:10  Knee hug                evening\n"
                        "Not in the plan:\n"
                        "  Sit-up: held until your midwife, doctor or physiotherapist clears you, usually at your "
                        "postnatal check: backcare config cleared-for-exercise yes\n"
                        "  Any time of day, so no set time to remind you: ") +
                kFreeAnyTime + ", Waist roll" + kCompress + kHints);
}

TEST_F(Plan, TheFileIsPrivateTheSameEachTimeAndDashWritesItToStdout) {
  ok({"config", "birth-date", "2026-01-30"});
  const auto file = dir_ / "reminders.ics";
  EXPECT_EQ(ok({"plan", "--ics", file.string(), "--weeks", "1"}),
            std::string("Reminders for Thu 26 Nov 2026 to Wed 2 Dec 2026, every day:\n"
            "  08:00  Back rub                morning\n"
            "Not in the plan:\n"
            "  Knee hug, Sit-up, Waist roll: held until your midwife or doctor clears you, as after a caesarean: "
            "backcare config cleared-for-exercise yes; birth type not set, so the caesarean rules apply (backcare "
            "config birth-type vaginal or caesarean)\n"
            "  Any time of day, so no set time to remind you: ") +
                kFreeAnyTime + kCompress + "wrote 1 daily reminder to '" + file.string() + "' (readable by you only); import it into your "
            "calendar application\n");
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  const auto first = read_file(file);
  // The same UIDs (and everything else) when made again, so a calendar updates rather than doubles.
  ok({"plan", "--ics", file.string(), "--weeks", "1"});
  EXPECT_EQ(read_file(file), first);
  EXPECT_EQ(ok({"plan", "--ics", "-", "--weeks", "1"}), first);
  EXPECT_NE(first.find("UID:back-rub-morning@backcare\r\n"), std::string::npos);
}

TEST_F(Plan, AtTwoInTheMorningItStartsOnTheDiaryDayAsTodayDoes) {
  ok({"config", "birth-date", "2026-08-01"});
  ok({"config", "birth-type", "vaginal"});
  today_ = "2026-10-10T02:05";  // Saturday by the calendar; before day-starts (04:00), so still Friday's diary day
  EXPECT_TRUE(ok({"today"}).starts_with("Today: Fri 9 Oct 2026\n"));
  expect_golden("plan_before_day_start", ok({"plan", "--weeks", "1"}));
  const auto json = nlohmann::json::parse(ok({"plan", "--weeks", "1", "--json"}));
  EXPECT_EQ(json.at("from"), "2026-10-09");
  EXPECT_EQ(json.at("to"), "2026-10-15");
  EXPECT_EQ(json.at("reminders")[0].at("first"), "2026-10-09");
  // tomorrow and a date count from the same diary day.
  EXPECT_EQ(nlohmann::json::parse(ok({"plan", "--from", "tomorrow", "--json"})).at("from"), "2026-10-10");
  EXPECT_EQ(nlohmann::json::parse(ok({"plan", "--from", "2026-10-09", "--json"})).at("from"), "2026-10-09");
  expect_refused({"plan", "--from", "2026-10-08"},
                 "invalid --from '2026-10-08': accepted today, tomorrow or a date YYYY-MM-DD from today on");
}

TEST_F(Plan, AHeldRoutineIsListedAsHeldNeverForAnyTimeAndHasNoEvent) {
  ok({"config", "birth-date", "2026-10-30"});
  ok({"config", "birth-type", "vaginal"});
  const auto json = nlohmann::json::parse(ok({"plan", "--json"}));
  std::map<std::string, std::string> reasons;
  for (const auto& routine : json.at("left_out")) reasons[routine.at("routine")] = routine.at("reason");
  // The sit-up waits for its check and a clinician's OK; the waist roll for 6 weeks, then any time.
  EXPECT_EQ(reasons.at("sit-up"), "too_soon");
  EXPECT_EQ(reasons.at("waist-roll"), "too_soon");
  EXPECT_EQ(reasons.at("palm-press"), "any_time");
  for (const auto& routine : json.at("left_out")) {
    const bool held = routine.at("why").get<std::string>().starts_with("held ");
    EXPECT_EQ(held, routine.at("reason") != "any_time") << routine;
    EXPECT_EQ(routine.at("free_from").is_null(), routine.at("routine") != "waist-roll") << routine;
  }
  const auto ics = ok({"plan", "--ics", "-"});
  EXPECT_EQ(ics.find("UID:sit-up"), std::string::npos);
  EXPECT_EQ(ics.find("UID:waist-roll"), std::string::npos);
  // Each reminder says to skip it on a severe day and read the red flags first (folded lines unfolded).
  std::string unfolded = ics;
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  std::size_t events = 0, warned = 0;
  for (std::size_t at = 0; (at = unfolded.find("BEGIN:VEVENT", at)) != std::string::npos; ++at) ++events;
  const std::string warning = "Skip it on a day with pain of 7 or more\\, and read the red flags first: backcare redflags";
  for (std::size_t at = 0; (at = unfolded.find(warning, at)) != std::string::npos; ++at) ++warned;
  EXPECT_EQ(events, 2u);
  EXPECT_EQ(warned, events) << unfolded;
}

TEST_F(Plan, BadOptionsAreRefusedAndChangeNothing) {
  expect_refused({"plan", "--from", "yesterday"},
                 "invalid --from 'yesterday': accepted today, tomorrow or a date YYYY-MM-DD from today on");
  expect_refused({"plan", "--from", "2026-11-25"},
                 "invalid --from '2026-11-25': accepted today, tomorrow or a date YYYY-MM-DD from today on");
  expect_refused({"plan", "--weeks", "0"}, "invalid --weeks '0': accepted a whole number from 1 to 104");
  expect_refused({"plan", "--ics", dir_.string()},
                 "invalid --ics '" + dir_.string() + "': it is a directory; accepted a regular file or a new path (give - "
                 "to write the calendar to stdout)");
  expect_refused({"config", "morning", "11:00"},
                 "invalid morning '11:00': accepted a time HH:MM from 04:00 to 10:59 (default 08:00)");
  expect_refused({"config", "evening", "18:59"},
                 "invalid evening '18:59': accepted a time HH:MM from 19:00 to 23:59 (default 21:00)");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "-"));
}

}  // namespace
}  // namespace backcare::e2e
