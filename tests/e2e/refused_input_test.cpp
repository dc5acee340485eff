// Every refused input: exit 2, one exact line on stderr, nothing on stdout, the diary unchanged.
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

struct RefusedCase {
  std::vector<std::string> args;
  std::string message;
};

const char* kLevel = "': accepted a whole number from 0 (no pain) to 10 (worst pain you can imagine), as 7 or 7/10";
const char* kDay = "': accepted YYYY-MM-DD (a real day), today, yesterday or a weekday name such as monday";

std::vector<RefusedCase> refused_cases() {
  return {
      {{"pain", "11"}, std::string("invalid pain level '11") + kLevel},
      {{"pain", "-1"}, std::string("invalid pain level '-1") + kLevel},
      {{"pain", "6.5"}, std::string("invalid pain level '6.5") + kLevel},
      {{"pain", "six"}, std::string("invalid pain level 'six") + kLevel},
      {{"pain", ""}, std::string("invalid pain level '") + kLevel},
      {{"pain", "6", "--date", "2026-02-30"}, std::string("invalid --date '2026-02-30") + kDay},
      {{"pain", "6", "--date", "tomorrow"}, std::string("invalid --date 'tomorrow") + kDay},
      {{"pain", "6", "--date", "2026-11-27"}, "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26"},
      {{"pain", "6", "--note", std::string(1001, 'x')}, "note of 1001 characters is too long: accepted up to 1000 characters"},
      {{"pain", "6", "--note", "bad \xff byte"}, "invalid note 'bad \\xff byte': it is not UTF-8 text; accepted UTF-8 text"},
      {{"pain"}, "level is required (see 'backcare pain --help')"},
      {{"pain", "6", "--where", "sacroiliacc"}, "unknown region 'sacroiliacc' (did you mean 'sacroiliac'?): accepted low-back, sacroiliac, buttock, pubic, hip-groin, back-thigh, below-knee, upper-back, other"},
      {{"pain", "6", "--where", "elbow"}, "unknown region 'elbow': accepted low-back, sacroiliac, buttock, pubic, hip-groin, back-thigh, below-knee, upper-back, other"},
      {{"pain", "6", "--where", "pubic:left"}, "region 'pubic:left' takes no side: accepted pubic alone"},
      {{"pain", "6", "--where", "buttock:up"}, "invalid side in 'buttock:up': accepted left, right or both, as buttock:left"},
      {{"sign", "leg-numbness"}, "sign 'leg-numbness' needs a side: accepted leg-numbness:left, leg-numbness:right or leg-numbness:both"},
      {{"sign", "leg-swelling:front"}, "invalid side in 'leg-swelling:front': accepted left, right or both, as leg-swelling:left"},
      {{"sign", "bladder-bowel:left"}, "sign 'bladder-bowel:left' takes no side: accepted bladder-bowel alone"},
      {{"sign", "saddle-numbnes"}, "unknown sign 'saddle-numbnes' (did you mean 'saddle-numbness'?): accepted leg-numbness, leg-tingling, leg-weakness, leg-swelling, saddle-numbness, bladder-bowel"},
      {{"sign", "leg-swelling:left", "--date", "2026-11-27"}, "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26"},
      {{"edit", "p1", "--where", "nowhere"}, "unknown region 'nowhere': accepted low-back, sacroiliac, buttock, pubic, hip-groin, back-thigh, below-knee, upper-back, other"},
      {{"edit", "p1", "--sign", "leg-swelling:left"}, "--sign does not apply to p1: accepted --level, --where, --tag, --date, --time or --note for a pain entry"},
      {{"edit", "d1", "--where", "low-back"}, "--where does not apply to d1: accepted --routine, --reps, --minutes, --tag, --date, --time or --note for a routine done"},
      {{"done", "back-rubb"}, "no routine 'back-rubb' (did you mean 'back-rub'?)"},
      {{"tag", "liftin"}, "unknown tag 'liftin' (did you mean 'lifting'?): accepted a tag 'backcare tags' lists, or --new to make 'liftin'"},
      {{"tag", "Bad_Tag", "--new"}, "invalid tag 'Bad_Tag': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)"},
      {{"tag", "lifting", "--date", "2026-11-27"}, "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26"},
      {{"tag"}, "tags is required (see 'backcare tag --help')"},
      {{"done", "back-rub", "--tag", "poorsleep"}, "unknown tag 'poorsleep' (did you mean 'poor-sleep'?): accepted a tag 'backcare tags' lists, or --new to make 'poorsleep'"},
      {{"untag", "lifting"}, "Thu 26 Nov 2026 has no tag 'lifting': it has no tags (--date chooses another day)"},
      {{"untag", "a b"}, "invalid tag 'a b': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)"},
      {{"edit", "s1", "--tag", "lifting"}, "--tag does not apply to s1: accepted --sign, --date, --time or --note for a sign"},
      {{"done", "back-rub", "nothing-like-it"}, "no routine 'nothing-like-it': see 'backcare routines' for the slugs"},
      {{"done", "k"}, "routine 'k' is ambiguous: did you mean 'knot-rub' or 'knee-hug'?"},
      {{"done", "back-rub", "--minutes", "0"}, "invalid --minutes '0': accepted a whole number from 1 to 600"},
      {{"done", "back-rub", "--reps", "ten"}, "invalid --reps 'ten': accepted a whole number from 1 to 1000"},
      {{"done", "back-rub", "--date", "2026-11-27"}, "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26"},
      {{"history", "--from", "2026-11-20", "--to", "2026-11-10"},
       "--from 2026-11-20 is after --to 2026-11-10: accepted a --from on or before --to"},
      {{"history", "--from", "20261101"}, std::string("invalid --from '20261101") + kDay},
      {{"config", "birth-date", "2026-12-01"}, "birth-date '2026-12-01' is in the future: accepted a day up to today, 2026-11-26"},
      {{"config", "birth-type", "home"}, "invalid birth-type 'home': accepted vaginal or caesarean"},
      {{"config", "cleared-for-exercise", "maybe"}, "invalid cleared-for-exercise 'maybe': accepted yes or no"},
      {{"config", "day-starts", "25:00"}, "invalid day-starts '25:00': accepted a time HH:MM from 00:00 to 12:00 (default 04:00)"},
      {{"config", "week-start", "friday"}, "invalid week-start 'friday': accepted monday or sunday (default monday)"},
      {{"config", "colour", "blue"},
       "no setting 'colour': accepted birth-date, birth-type, cleared-for-exercise, day-starts, week-start, morning, evening, anaesthesia"},
      {{"show", "nothing"}, "no routine 'nothing': see 'backcare routines' for the slugs"},
      {{"routine", "add", "Pelvic", "--name", "Pelvic tilt", "--kind", "exercise"},
       "invalid routine slug 'Pelvic': accepted 1 to 40 lower-case letters, digits and dashes, starting with a letter"},
      {{"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "yoga"},
       "invalid --kind 'yoga': accepted massage, exercise, heat or other"},
      {{"routine", "add", "back-rub", "--name", "Again", "--kind", "massage"},
       "routine 'back-rub' already exists: accepted a new slug"},
      {{"routine", "retire", "nothing"}, "no routine 'nothing': see 'backcare routines' for the slugs"},
      {{"fly"}, "unknown command 'fly': see 'backcare --help' for the commands"},
      {{"pian", "6"}, "unknown command 'pian' (did you mean 'pain'?): see 'backcare --help' for the commands"},
      {{"pain", "11/10"},
       "invalid pain level '11/10': accepted a whole number from 0 (no pain) to 10 (worst pain you can imagine), as 7 or 7/10"},
      {{"done", "back-rub", "knee-hug", "--minutes", "12"},
       "--minutes with 2 routines: accepted one routine with --reps or --minutes; log them one at a time"},
      // A year typed wrong: at most 366 days back, for every command that makes or moves an entry.
      {{"pain", "5", "--date", "1900-01-01"}, "--date '1900-01-01' is more than a year back: accepted a day from "
                                              "2025-11-25 to today; older entries come in by 'backcare import'"},
      {{"done", "back-rub", "--date", "2025-11-24"}, "--date '2025-11-24' is more than a year back: accepted a day "
                                                     "from 2025-11-25 to today; older entries come in by 'backcare import'"},
      {{"edit", "p1", "--date", "2016-11-26"}, "--date '2016-11-26' is more than a year back: accepted a day from "
                                               "2025-11-25 to today; older entries come in by 'backcare import'"},
      {{"today", "--colour"}, "the following argument was not expected: --colour (see 'backcare today --help')"},
      // Very long, non-UTF-8 and control characters: echoed escaped and cut, never raw.
      {{"pain", std::string(5000, '9')}, "invalid pain level '" + std::string(40, '9') + "..." + kLevel},
      {{"pain", "\xff"}, std::string("invalid pain level '\\xff") + kLevel},
      {{"pain", "6\n"}, std::string("invalid pain level '6\\n") + kLevel},
      {{"pain", "6", "--date", "\x1b[2J"}, std::string("invalid --date '\\x1b[2J") + kDay},
      {{"pain", "6", "--note", "\xc0\xaf"}, "invalid note '\\xc0\\xaf': it is not UTF-8 text; accepted UTF-8 text"},
      {{"done", "\xff\xfe"}, "no routine '\\xff\\xfe': see 'backcare routines' for the slugs"},
      {{"done", std::string(300, 'q')}, "no routine '" + std::string(40, 'q') + "...': see 'backcare routines' for the slugs"},
      {{"done", "palm-press", "--reps", std::string(50, '1')},
       "invalid --reps '" + std::string(40, '1') + "...': accepted a whole number from 1 to 1000"},
      {{"done", "palm-press", "--minutes", "\x1b]0;x\x07"}, "invalid --minutes '\\x1b]0;x\\x07': accepted a whole number from 1 to 600"},
      {{"history", "--from", "\xff"}, std::string("invalid --from '\\xff") + kDay},
      {{"history", "--to", std::string(100, '2')}, "invalid --to '" + std::string(40, '2') + "..." + kDay},
      {{"config", "\x1b[2J", "x"},
       "no setting '\\x1b[2J': accepted birth-date, birth-type, cleared-for-exercise, day-starts, week-start, morning, evening, anaesthesia"},
      {{"config", "birth-type", "\xff"}, "invalid birth-type '\\xff': accepted vaginal or caesarean"},
      {{"config", "day-starts", std::string(60, '1')},
       "invalid day-starts '" + std::string(40, '1') + "...': accepted a time HH:MM from 00:00 to 12:00 (default 04:00)"},
      {{"show", "\x1b[31m"}, "no routine '\\x1b[31m': see 'backcare routines' for the slugs"},
      {{"routine", "add", "tilt", "--name", "two\nlines", "--kind", "exercise"},
       "invalid --name 'two\\nlines': accepted 1 to 80 characters of plain text on one line"},
      {{"routine", "add", "tilt", "--name", "Tilt \u202ereverse", "--kind", "exercise"},
       "invalid --name 'Tilt \\u202ereverse': accepted 1 to 80 characters of plain text on one line"},
      {{"routine", "add", "tilt", "--name", "Tilt", "--kind", "exercise", "--dose", "\u009b31m"},
       "invalid --dose '\\u009b31m': accepted 0 to 80 characters of plain text on one line"},
      {{"routine", "add", "tilt", "--name", std::string(81, 'n'), "--kind", "exercise"},
       "invalid --name '" + std::string(40, 'n') + "...': accepted 1 to 80 characters of plain text on one line"},
      {{"routine", "add", "tilt", "--name", "Tilt", "--kind", "exercise", "--dose", "\xff"},
       "invalid --dose '\\xff': accepted 0 to 80 characters of plain text on one line"},
      {{"routine", "add", std::string(41, 'a'), "--name", "Tilt", "--kind", "exercise"},
       "invalid routine slug '" + std::string(40, 'a') +
           "...': accepted 1 to 40 lower-case letters, digits and dashes, starting with a letter"},
      {{"today", "--\x1b[2J"}, "the following argument was not expected: --\\x1b[2J (see 'backcare today --help')"},
      // export, import, backup and check
      {{"export", "--format", "xml"}, "invalid --format 'xml': accepted csv, json or fhir"},
      {{"export", "--out", "diary.txt"},
       "cannot tell the format of 'diary.txt' from its name: accepted a name ending .csv, .json or .fhir.json, or --format csv, json or fhir"},
      {{"export", "--out", "", "--format", "csv"}, "invalid --out '': accepted a file path"},
      {{"export", "--out", "/"},
       "cannot tell the format of '/' from its name: accepted a name ending .csv, .json or .fhir.json, or --format csv, json or fhir"},
      {{"export", "--no-patient"}, "--no-patient is for --format fhir: accepted with fhir only (csv and json have no Patient)"},
      {{"export", "--format", "fhir", "--from", "2026-11-25", "--to", "2026-11-20"},
       "--from 2026-11-25 is after --to 2026-11-20: accepted a --from on or before --to"},
      {{"export", "--out", "/", "--format", "json"},
       "invalid --out '/': it is a directory; accepted a regular file or a new path (leave out --out, or give -, to "
       "write to stdout)"},
      {{"export", "--out", "/no-such-dir/diary.csv"},
       "invalid --out '/no-such-dir/diary.csv': its directory does not exist; accepted a path in an existing directory"},
      {{"export", "--out", "/no-such-dir/\x1b[2J.csv"},
       "invalid --out '/no-such-dir/\\x1b[2J.csv': its directory does not exist; accepted a path in an existing directory"},
      {{"export", "--json"}, "the following argument was not expected: --json (see 'backcare export --help')"},
      {{"import"}, "file is required (see 'backcare import --help')"},
      {{"import", ""}, "cannot tell the format of '' from its name: accepted a name ending .csv or .json, or --format csv or json"},
      {{"import", "notes.txt"},
       "cannot tell the format of 'notes.txt' from its name: accepted a name ending .csv or .json, or --format csv or json"},
      {{"import", "diary.csv", "--format", "yaml"}, "invalid --format 'yaml': accepted csv or json"},
      {{"serve", "--listen", "0.0.0.0"},
       "invalid --listen '0.0.0.0': accepted ADDR:PORT, an IPv4 address and a port 1 to 65535 (127.0.0.1:8642, or "
       "0.0.0.0:8642 for your home network)"},
      {{"serve", "--listen", "256.1.1.1:80"},
       "invalid --listen '256.1.1.1:80': accepted ADDR:PORT, an IPv4 address and a port 1 to 65535 (127.0.0.1:8642, or "
       "0.0.0.0:8642 for your home network)"},
      {{"serve", "--tls-cert", "cert.pem"}, "--tls-cert and --tls-key go together: accepted both (a PEM certificate and its key) or neither"},
      {{"import", "clinic.fhir.json"},
       "cannot import 'clinic.fhir.json' as named: a FHIR Bundle, which backcare writes but never reads; accepted a "
       "backcare export (csv or json)"},
      {{"import", "bundle.json", "--format", "fhir"},
       "invalid --format 'fhir': backcare writes FHIR but never reads it; accepted csv or json"},
      {{"import", "/no-such-dir/diary.csv"}, "cannot read '/no-such-dir/diary.csv': No such file or directory"},
      {{"import", "/no-such-dir/bad\xff\x1b.json"}, "cannot read '/no-such-dir/bad\\xff\\x1b.json': No such file or directory"},
      {{"import", "/", "--format", "csv"}, "cannot read '/': it is a directory; accepted a file"},
      {{"import", "/" + std::string(5000, 'x') + ".csv"},
       "cannot read '/" + std::string(5000, 'x') + ".csv': File name too long"},
      {{"merge"}, "files is required (see 'backcare merge --help')"},
      {{"merge", "/no-such-dir/laptop.json"}, "cannot read '/no-such-dir/laptop.json': No such file or directory"},
      {{"merge", "/"}, "cannot read '/': it is a directory; accepted a file"},
      {{"merge", "diary.csv"},
       "cannot merge 'diary.csv': accepted JSON exports of format_version 4 or 5 (a CSV has no identities; 'backcare import' "
       "takes it)"},
      {{"sync"}, "folder is required (see 'backcare sync --help')"},
      {{"sync", "/no-such-dir/Sync"},
       "no folder '/no-such-dir/Sync': accepted an existing folder that a sync tool (Syncthing, Nextcloud) or a USB "
       "stick shares"},
      {{"sync", "/no-such-dir/bad\xff\x1b"},
       "no folder '/no-such-dir/bad\\xff\\x1b': accepted an existing folder that a sync tool (Syncthing, Nextcloud) or "
       "a USB stick shares"},
      {{"backup"}, "file is required (see 'backcare backup --help')"},
      {{"backup", ""}, "invalid FILE '': accepted a file path"},
      {{"backup", "/"}, "invalid FILE '/': it is a directory; accepted a regular file or a new path"},
      {{"backup", "/no-such-dir/copy.db"},
       "invalid FILE '/no-such-dir/copy.db': its directory does not exist; accepted a path in an existing directory"},
      {{"check", "--all"}, "the following argument was not expected: --all (see 'backcare check --help')"},
      // report (an --out in a directory it cannot write exits 1: see report_test.cpp)
      {{"report", "--from", "2026-13-01"}, std::string("invalid --from '2026-13-01") + kDay},
      {{"report", "--to", "\x1b[2J"}, std::string("invalid --to '\\x1b[2J") + kDay},
      {{"report", "--to", "2026-11-27"}, "--to '2026-11-27' is in the future: accepted a day up to today, 2026-11-26"},
      {{"report", "--from", "2026-11-20", "--to", "2026-11-10"},
       "--from 2026-11-20 is after --to 2026-11-10: accepted a --from on or before --to"},
      {{"report", "--out", "/no-such-dir/report.html"},
       "invalid --out '/no-such-dir/report.html': its directory does not exist; accepted a path in an existing directory"},
      {{"report", "--out", "/"},
       "invalid --out '/': it is a directory; accepted a regular file or a new path (give - to write the page to "
       "stdout)"},
      {{"report", "--out", ""}, "invalid --out '': accepted a file path"},
      {{"report", "--one-page", "--from", "2026-11-01"},
       "--from does not apply with --one-page, which covers the 4 weeks up to --to: accepted --to and --out with --one-page"},
  };
}

class RefusedInput : public DiaryTest, public ::testing::WithParamInterface<std::size_t> {};

TEST_P(RefusedInput, ExitsTwoWithOneLineAndChangesNothing) {
  // A diary with something in it, so "unchanged" means something.
  ok({"pain", "5", "--date", "yesterday", "--note", "before"});
  ok({"done", "palm-press"});
  ok({"config", "birth-date", "2026-10-02"});
  const auto refused = refused_cases().at(GetParam());  // a copy: the vector is a temporary
  expect_refused(refused.args, refused.message);
}

INSTANTIATE_TEST_SUITE_P(EveryCommand, RefusedInput, ::testing::Range<std::size_t>(0, refused_cases().size()));

}  // namespace
}  // namespace backcare::e2e
