#include "e2e/due_now_matrix.hpp"

#include <algorithm>

namespace backcare::e2e {

int DueNowMatrix::count(const std::string& text, const std::string& needle) {
  int found = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++found;
  return found;
}

void DueNowMatrix::expect_past_json(const nlohmann::json& json, const Past& past) {
  ASSERT_EQ(json.at("redflags_past").size(), 1u) << json;
  const auto& flag = json.at("redflags_past").at(0);
  EXPECT_EQ(flag.at("code"), past.code);
  EXPECT_EQ(flag.at("date"), past.date);
  EXPECT_EQ(flag.at("why"), past.why);
}

void DueNowMatrix::expect_past(const Seen& seen, const Past& past) {
  expect_past_json(seen.json, past);
  std::string words;
  if (seen.what == "report") {
    words = "<p class=\"past\">In this period: " + past.why +
            ". If signs like these are back, read the red flags at the end of this report.</p>\n";
  } else {
    words = std::string(seen.what.starts_with("week") ? "In this week:" : "In these weeks:") + "\n  " + past.why +
            "\nIf signs like these are back, read 'backcare redflags': it lists the ones that need care.\n";
  }
  EXPECT_EQ(count(seen.text, words), 1) << seen.what << " does not list in the past: " << past.why << "\n"
                                        << seen.text.substr(0, 4000);
}

RunResult DueNowMatrix::calendar() { return run({"plan", "--ics", "-"}); }

Seen DueNowMatrix::report() {
  const auto file = dir_ / "report.html";
  Seen out{"report", {}, nlohmann::json::parse(ok({"report", "--out", file.string(), "--json"}))};
  out.json["file"] = "report.html";  // the test's own directory: not the program's to word
  out.text = read_file(file);
  return out;
}

std::string DueNowMatrix::newest_pain_id() {
  const auto history = nlohmann::json::parse(ok({"history", "--from", "1990-01-01", "--json"}));
  for (const auto& entry : history.at("entries")) {
    if (entry.at("kind") == "pain") return entry.at("id");
  }
  ADD_FAILURE() << "no pain entry in the diary";
  return "p1";
}

void DueNowMatrix::expect_text(const std::string& what, const std::string& text, const Expected& expected) {
  if (!expected.why) {
    EXPECT_EQ(count(text, kNowText), 0) << what << " says now when nothing is due:\n" << text;
    // A quiet sign's note ("Note: you recorded …") is no pointer; no other line says what was recorded.
    EXPECT_EQ(count(text, ": you recorded "), count(text, "Note: you recorded ")) << what << "\n" << text;
    return;
  }
  const auto& pointer = expected.pointer_text;
  EXPECT_EQ(count(text, kNowText), count(pointer, kNowText)) << what << "\n" << text;
  // The first line, the same everywhere, once.
  EXPECT_EQ(count(text, pointer.substr(0, pointer.find('\n') + 1)), 1) << what << "\n" << text;
  const auto at = text.find(pointer);
  ASSERT_NE(at, std::string::npos) << what << " does not point to " << *expected.why << ":\n" << text;
  // First: after the command's heading or its confirmation line only (checkin: after what it recorded);
  // today's heading may carry the note on day-starts under it. An emergency's comes before what was logged.
  const std::string before = text.substr(0, at);
  const auto lines_before = std::count(before.begin(), before.end(), '\n') -
                            count(before, "\n(entries before ");
  if (what == "checkin" && expected.tier == "emergency") {
    const std::string rest = text.substr(at + pointer.size());
    EXPECT_TRUE(rest.starts_with("logged ") && count(rest, "\n") == 1) << "checkin: not before what it logged\n" << text;
  } else if (what == "checkin") {
    EXPECT_TRUE(text.ends_with(pointer)) << text;
  } else if (expected.tier == "emergency" && (what == "pain" || what == "done")) {
    EXPECT_EQ(at, 0u) << what << ": an emergency's pointer is not before what was logged\n" << text;
  } else {
    EXPECT_LE(lines_before, 1) << what << ": the pointer is not first\n" << text;
  }
}

void DueNowMatrix::expect_json(const std::string& what, const nlohmann::json& json, const Expected& expected) {
  const auto& why = expected.why;
  EXPECT_EQ(json.at("redflags"), why.has_value()) << what << " --json";
  EXPECT_EQ(json.at("redflags_why"), why ? nlohmann::json(*why) : nlohmann::json(nullptr)) << what << " --json";
  EXPECT_EQ(json.at("redflags_tier"), expected.tier) << what << " --json";
}

void DueNowMatrix::expect_seen(const Seen& seen, const Expected& expected) {
  expect_text(seen.what, seen.text, expected);
  expect_json(seen.what, seen.json, expected);
}

Seen DueNowMatrix::seen_on_copies(std::vector<std::string> args) {
  Seen out{args.at(0), on_copy([&] { return ok(args); }), {}};
  args.push_back("--json");
  out.json = nlohmann::json::parse(on_copy([&] { return ok(args); }));
  return out;
}

void DueNowMatrix::expect_writers(const Expected& expected) {
  const std::string level = std::to_string(neutral_);
  expect_seen(seen_on_copies({"pain", level}), expected);
  expect_seen(seen_on_copies({"done", "back-rub"}), expected);
  expect_text("checkin", on_copy([&] { return checkin(level + "\nnone\n\ny\n"); }), expected);
  expect_seen(seen_on_copies({"edit", newest_pain_id(), "--note", "seen by the matrix"}), expected);
}

void DueNowMatrix::expect_suggest(const Expected& expected) {
  const bool due = expected.why.has_value();
  const auto suggest = seen({"suggest", "--all", "--helper"});
  expect_seen(suggest, expected);
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  EXPECT_EQ(suggest.json.at("gentle_only"), due) << suggest.text;
  EXPECT_EQ(count(suggest.text, "While the red flags are due, gentle routines only"), due ? 1 : 0) << suggest.text;
  EXPECT_FALSE(slugs.empty()) << suggest.text;
  // Not due: the exercises for any time of day are offered (knee-hug waits for the evening), hers too.
  for (const auto& slug : kNotGentle) {
    if (due || slug != "knee-hug") {
      EXPECT_EQ(contains(slugs, slug), !due) << slug << "\n" << suggest.text;
    }
  }
  for (const auto& slug : own_exercises_) EXPECT_EQ(contains(slugs, slug), !due) << slug << "\n" << suggest.text;
}

void DueNowMatrix::expect_calendar(const Expected& expected) {
  const auto ics = calendar();
  EXPECT_EQ(ics.exit_code, 0) << ics.err;
  EXPECT_EQ(ics.err, expected.why ? expected.pointer_text : "");
  EXPECT_TRUE(ics.out.starts_with("BEGIN:VCALENDAR\r\n")) << ics.out;
  EXPECT_TRUE(ics.out.ends_with("END:VCALENDAR\r\n")) << ics.out;
  EXPECT_EQ(count(ics.out, "Please read"), 0) << ics.out;
  EXPECT_EQ(count(ics.out, kNowText), 0) << ics.out;
}

void DueNowMatrix::expect_report(const Expected& expected) {
  const auto page = report();
  expect_json("report", page.json, expected);
  EXPECT_EQ(count(page.text, kNowText), 0);  // the page names its own list, not the command
  EXPECT_EQ(count(page.text, kNowReport), expected.why ? count(expected.report_line, kNowReport) : 0)
      << page.text.substr(0, 4000);
  if (expected.why) {
    EXPECT_EQ(count(page.text, expected.report_line), 1) << page.text.substr(0, 4000);
  } else {
    EXPECT_EQ(count(page.text, "<p class=\"warn\">"), 0) << page.text.substr(0, 4000);
  }
}

void DueNowMatrix::expect_everywhere(const std::optional<std::string>& why) {
  expect_everywhere(why ? Expected{why, pointer_for(*why), report_pointer_for(*why), "check"} : Expected{});
}

void DueNowMatrix::expect_everywhere(const Expected& expected) {
  const auto& why = expected.why;
  SCOPED_TRACE("at " + today_ + ": " + (why ? "due, " + *why : "not due") + ", tier " + expected.tier);
  expect_writers(expected);
  expect_seen(seen({"today"}), expected);
  expect_text("backcare", ok({}), expected);
  expect_suggest(expected);
  expect_seen(seen({"plan"}), expected);
  expect_calendar(expected);
  expect_seen(seen({"week"}), expected);
  expect_seen(seen({"week", "last"}), expected);
  expect_seen(seen({"week", "2026-W40"}), expected);  // any week shown, however far back
  expect_seen(seen({"trend"}), expected);
  expect_seen(seen({"trend", "--all"}), expected);
  expect_report(expected);
}

}  // namespace backcare::e2e
