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

void DueNowMatrix::expect_text(const std::string& what, const std::string& text,
                               const std::optional<std::string>& why) {
  if (!why) {
    EXPECT_EQ(count(text, kNowText), 0) << what << " says now when nothing is due:\n" << text;
    return;
  }
  EXPECT_EQ(count(text, kNowText), 1) << what << "\n" << text;
  const auto at = text.find(pointer_for(*why));
  ASSERT_NE(at, std::string::npos) << what << " does not point to " << *why << ":\n" << text;
  // First: after the command's heading or its confirmation line only (checkin: after what it recorded);
  // today's heading may carry the note on day-starts under it.
  const std::string before = text.substr(0, at);
  const auto lines_before = std::count(before.begin(), before.end(), '\n') -
                            count(before, "\n(entries before ");
  if (what == "checkin") {
    EXPECT_TRUE(text.ends_with(pointer_for(*why))) << text;
  } else {
    EXPECT_LE(lines_before, 1) << what << ": the pointer is not first\n" << text;
  }
}

void DueNowMatrix::expect_json(const std::string& what, const nlohmann::json& json,
                               const std::optional<std::string>& why) {
  EXPECT_EQ(json.at("redflags"), why.has_value()) << what << " --json";
  EXPECT_EQ(json.at("redflags_why"), why ? nlohmann::json(*why) : nlohmann::json(nullptr)) << what << " --json";
  EXPECT_EQ(json.at("redflags_tier"), why ? "check" : "none") << what << " --json";
}

void DueNowMatrix::expect_seen(const Seen& seen, const std::optional<std::string>& why) {
  expect_text(seen.what, seen.text, why);
  expect_json(seen.what, seen.json, why);
}

Seen DueNowMatrix::seen_on_copies(std::vector<std::string> args) {
  Seen out{args.at(0), on_copy([&] { return ok(args); }), {}};
  args.push_back("--json");
  out.json = nlohmann::json::parse(on_copy([&] { return ok(args); }));
  return out;
}

void DueNowMatrix::expect_writers(const std::optional<std::string>& why) {
  const std::string level = std::to_string(neutral_);
  expect_seen(seen_on_copies({"pain", level}), why);
  expect_seen(seen_on_copies({"done", "back-rub"}), why);
  expect_text("checkin", on_copy([&] { return checkin(level + "\nnone\n\ny\n"); }), why);
  expect_seen(seen_on_copies({"edit", newest_pain_id(), "--note", "seen by the matrix"}), why);
}

void DueNowMatrix::expect_suggest(const std::optional<std::string>& why) {
  const auto suggest = seen({"suggest", "--all", "--helper"});
  expect_seen(suggest, why);
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  EXPECT_EQ(suggest.json.at("gentle_only"), why.has_value()) << suggest.text;
  EXPECT_EQ(count(suggest.text, "While the red flags are due, gentle routines only"), why ? 1 : 0) << suggest.text;
  EXPECT_FALSE(slugs.empty()) << suggest.text;
  // Not due: the exercises for any time of day are offered (knee-hug waits for the evening), hers too.
  for (const auto& slug : kNotGentle) {
    if (why || slug != "knee-hug") {
      EXPECT_EQ(contains(slugs, slug), !why) << slug << "\n" << suggest.text;
    }
  }
  for (const auto& slug : own_exercises_) EXPECT_EQ(contains(slugs, slug), !why) << slug << "\n" << suggest.text;
}

void DueNowMatrix::expect_calendar(const std::optional<std::string>& why) {
  const auto ics = calendar();
  EXPECT_EQ(ics.exit_code, 0) << ics.err;
  EXPECT_EQ(ics.err, why ? pointer_for(*why) : "");
  EXPECT_TRUE(ics.out.starts_with("BEGIN:VCALENDAR\r\n")) << ics.out;
  EXPECT_TRUE(ics.out.ends_with("END:VCALENDAR\r\n")) << ics.out;
  EXPECT_EQ(count(ics.out, "Please read"), 0) << ics.out;
  EXPECT_EQ(count(ics.out, kNowText), 0) << ics.out;
}

void DueNowMatrix::expect_report(const std::optional<std::string>& why) {
  const auto page = report();
  expect_json("report", page.json, why);
  EXPECT_EQ(count(page.text, kNowText), 0);  // the page names its own list, not the command
  EXPECT_EQ(count(page.text, kNowReport), why ? 1 : 0) << page.text.substr(0, 4000);
  if (why) {
    EXPECT_EQ(count(page.text, report_pointer_for(*why)), 1) << page.text.substr(0, 4000);
  }
}

void DueNowMatrix::expect_everywhere(const std::optional<std::string>& why) {
  SCOPED_TRACE("at " + today_ + ": " + (why ? "due, " + *why : "not due"));
  expect_writers(why);
  expect_seen(seen({"today"}), why);
  expect_text("backcare", ok({}), why);
  expect_suggest(why);
  expect_seen(seen({"plan"}), why);
  expect_calendar(why);
  expect_seen(seen({"week"}), why);
  expect_seen(seen({"week", "last"}), why);
  expect_seen(seen({"week", "2026-W40"}), why);  // any week shown, however far back
  expect_seen(seen({"trend"}), why);
  expect_seen(seen({"trend", "--all"}), why);
  expect_report(why);
}

}  // namespace backcare::e2e
