// The due-now matrix, signs and pain regions (issue 27): each sign, and pain below the knee in both legs,
// × every command that shows the pointer, in text and JSON. The tier is the rulebook's (clinical notes
// §3, §6.2), the first line is the same everywhere, a sign is due on its diary day and the next and not
// after, and the anaesthesia setting and the 6 weeks after the birth change the one-leg rule. The full
// sweep (expect_everywhere) runs for one scenario of each tier; the others check `today`, text and JSON,
// and what the logging command said. The expected words are content/body.toml's, written out here.
#include "e2e/due_now_matrix.hpp"

namespace backcare::e2e {
namespace {

/// content/body.toml: the line after a sign's action, in text and in the report's HTML.
const std::string kSignClosing =
    "These can be signs of something that needs checking, not a diagnosis; 'backcare redflags' lists every sign and "
    "what to do.";
const std::string kSignClosingHtml =
    "These can be signs of something that needs checking, not a diagnosis; &#39;backcare redflags&#39; lists every "
    "sign and what to do.";
/// content/body.toml's [[advice]] actions.
const std::string kSignEmergency =
    "Call your emergency number now (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency department";
const std::string kSignSameDay =
    "Contact your midwife, maternity unit or GP now; if you become breathless or have chest pain, call your "
    "emergency number";
const std::string kSignSameDayAnaesthetic =
    "Contact your midwife, maternity unit or GP now, or go to the emergency department";
const std::string kSignCheck = "Read the list in 'backcare redflags' and see your GP soon";
const std::string kSignRoutine =
    "If it lasts more than a few weeks or spreads, see your GP or physiotherapist; by itself it is not an emergency.";
/// The diary day of the fixture's today (RulebookMatrix: Thu 26 Nov 2026, 20:00) and the days around it.
const std::string kSignThu = "Thu 26 Nov 2026";
const std::string kSignWed = "Wed 25 Nov 2026";
/// content/body.toml: a numb or weak leg within the 6 weeks.
const std::string kSignNumbAfter = "a numb leg within 6 weeks of a birth with an epidural or spinal";
const std::string kSignWeakAfter = "a weak leg within 6 weeks of a birth with an epidural or spinal";

/// An emergency sign as typed, and what content/body.toml says was recorded.
struct SignCase {
  std::string typed, said;
};
const std::vector<SignCase> kSignEmergencies{
    {"leg-tingling:both", "tingling in both legs"},
    {"leg-weakness:both", "weakness in both legs"},
    {"saddle-numbness", "numbness between the legs"},
    {"bladder-bowel", "new bladder or bowel trouble"},
};

class SignMatrix : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    mild_weeks();  // the birth on 1 May 2026: long out of the 6 weeks; anaesthesia not set
  }

  /// A sign's pointer with `action` (tier `tier`) for `said` recorded on `day`.
  static Expected sign_due(const std::string& tier, const std::string& action, const std::string& said,
                           const std::string& day = kSignThu) {
    const std::string why = "you recorded " + said + " on " + day;
    std::string action_html = action;
    for (auto at = action_html.find('\''); at != std::string::npos; at = action_html.find('\'', at)) {
      action_html.replace(at, 1, "&#39;");
    }
    return {why, action + ": " + why + ".\n" + kSignClosing + "\n",
            "<p class=\"warn\"><strong>" + action_html + ":</strong> " + why + ". " + kSignClosingHtml + "</p>\n", tier};
  }
  static Expected emergency(const std::string& said, const std::string& day = kSignThu) {
    return sign_due("emergency", kSignEmergency, said, day);
  }
  static Expected same_day(const std::string& said, const std::string& day = kSignThu) {
    return sign_due("same_day", kSignSameDay, said, day);
  }
  static Expected after_anaesthetic(const std::string& said) {
    return sign_due("same_day", kSignSameDayAnaesthetic, said);
  }
  static Expected check(const std::string& said) { return sign_due("check", kSignCheck, said); }
  /// A quiet sign: not the pointer, tier "routine".
  static Expected routine() { return {std::nullopt, "", "", "routine"}; }
  /// The quiet line `today` and the logging command end with.
  static std::string note_for(const std::string& said, const std::string& day = kSignThu) {
    return "Note: you recorded " + said + " on " + day + ". " + kSignRoutine + "\n";
  }

  /// The birth on `date` (or "--unset"), with `anaesthesia`.
  void birth_on(const std::string& date, const std::string& anaesthesia) {
    ok({"config", "birth-date", date});
    ok({"config", "anaesthesia", anaesthesia});
  }

  /// The cheaper check: `today`, text and JSON, as the sweep asserts it.
  void expect_today(const Expected& expected) {
    SCOPED_TRACE("at " + today_ + ": tier " + expected.tier);
    expect_seen(seen({"today"}), expected);
  }

  /// `args` (a logging command) as text on a copy of the diary, then for real with --json; returns the text.
  std::string logged(std::vector<std::string> args, const Expected& expected) {
    const auto text = on_copy([&] { return ok(args); });
    args.push_back("--json");
    const auto json = nlohmann::json::parse(ok(args));
    EXPECT_EQ(json.at("redflags"), expected.why.has_value()) << json;
    EXPECT_EQ(json.at("redflags_why"), expected.why ? nlohmann::json(*expected.why) : nlohmann::json(nullptr));
    EXPECT_EQ(json.at("redflags_tier"), expected.tier) << json;
    return text;
  }
  /// `sign typed` says the pointer first for an emergency, after the "recorded" line otherwise.
  /// With `date`, recorded for that day (`day` in words).
  void expect_sign_logged(const std::string& typed, const Expected& expected, const std::string& day = kSignThu,
                          const std::string& date = "") {
    const std::string line = "recorded " + typed + " for " + day + "\n";
    std::vector<std::string> args{"sign", typed};
    if (!date.empty()) args.insert(args.end(), {"--date", date});
    const auto text = logged(args, expected);
    EXPECT_EQ(text, expected.tier == "emergency" ? expected.pointer_text + line : line + expected.pointer_text);
  }
};

// Emergency: both legs, the saddle, the bladder or bowel, and pain below the knee in both legs.

TEST_F(SignMatrix, NumbnessInBothLegsIsAnEmergencyEverywhereAndFirst) {
  const auto expected = emergency("numbness in both legs");
  expect_sign_logged("leg-numbness:both", expected);
  expect_everywhere(expected);
}

TEST_F(SignMatrix, EachOtherEmergencySignIsFirstWithItsWords) {
  for (const auto& sign : kSignEmergencies) {
    SCOPED_TRACE(sign.typed);
    const auto expected = emergency(sign.said);
    expect_sign_logged(sign.typed, expected);
    expect_today(expected);
    const auto page = report();
    EXPECT_EQ(count(page.text, expected.report_line), 1) << page.text.substr(0, 3000);
    EXPECT_EQ(page.json.at("redflags_tier"), "emergency");
    // Of one day and one tier, the first recorded stays the reason: undone, so the next sign decides.
    ok({"undo"});
    expect_today({});
  }
}

TEST_F(SignMatrix, PainBelowTheKneeInBothLegsIsAnEmergencyEverywhere) {
  const auto expected = emergency("pain below the knee in both legs");
  const auto text = logged({"pain", "3", "--where", "below-knee:both"}, expected);
  EXPECT_EQ(text, expected.pointer_text + "logged pain 3/10 (below-knee:both) for " + kSignThu + "\n");
  expect_everywhere(expected);
}

// Same day: a swollen leg, either or both, pain between the shoulder blades.

TEST_F(SignMatrix, ASwollenLegIsSameDayEverywhere) {
  const auto expected = same_day("a swollen leg");
  expect_sign_logged("leg-swelling:left", expected);
  expect_everywhere(expected);
}

TEST_F(SignMatrix, SwellingInBothLegsIsSameDay) {
  const auto expected = same_day("swelling in both legs");
  expect_sign_logged("leg-swelling:both", expected);
  expect_today(expected);
}

TEST_F(SignMatrix, PainBetweenTheShoulderBladesIsSameDay) {
  const auto expected = same_day("pain between the shoulder blades");
  const auto text = logged({"pain", "3", "--where", "upper-back"}, expected);
  EXPECT_EQ(text, "logged pain 3/10 (upper-back) for " + kSignThu + "\n" + expected.pointer_text);
  expect_today(expected);
}

// One leg: the anaesthesia setting and the 6 weeks after the birth decide (§3.3).

TEST_F(SignMatrix, ANumbLegWithin6WeeksOfAnEpiduralIsSameDayEverywhere) {
  birth_on("2026-11-01", "epidural");
  const auto expected = after_anaesthetic(kSignNumbAfter);
  expect_sign_logged("leg-numbness:left", expected);
  expect_everywhere(expected);
}

TEST_F(SignMatrix, TheAnaesthesiaAndTheSixWeeksChangeTheOneLegRule) {
  ok({"sign", "leg-numbness:right"});
  const auto numb_after = after_anaesthetic(kSignNumbAfter);
  const auto quiet_note = note_for("a numb leg");
  // The birth on 1 May: long past the 6 weeks, whatever the anaesthesia.
  expect_today(routine());
  EXPECT_TRUE(ok({"today"}).ends_with(quiet_note)) << ok({"today"});
  ok({"config", "anaesthesia", "spinal"});
  expect_today(routine());
  // 6 weeks after 16 Oct is Fri 27 Nov: today is in them. Unset is read the careful way: an epidural or spinal.
  ok({"config", "birth-date", "2026-10-16"});
  expect_today(numb_after);
  ok({"config", "anaesthesia", "--unset"});
  expect_today(numb_after);
  ok({"config", "anaesthesia", "epidural"});
  expect_today(numb_after);
  ok({"config", "anaesthesia", "general"});
  expect_today(routine());
  ok({"config", "anaesthesia", "none"});
  expect_today(routine());
  EXPECT_TRUE(ok({"today"}).ends_with(quiet_note)) << ok({"today"});
  // No birth date, after an epidural: read as a recent birth.
  birth_on("--unset", "epidural");
  expect_today(numb_after);
  // 6 weeks after 15 Oct is today: out of them.
  ok({"config", "birth-date", "2026-10-15"});
  expect_today(routine());
}

TEST_F(SignMatrix, AWeakLegIsCheckedOutsideTheWindowAndSameDayInIt) {
  birth_on("2026-11-01", "general");
  const auto weak = check("a weak leg");
  expect_sign_logged("leg-weakness:left", weak);
  expect_everywhere(weak);
  ok({"config", "anaesthesia", "epidural"});
  expect_today(after_anaesthetic(kSignWeakAfter));
  ok({"config", "birth-date", "2026-05-01"});  // more than 6 weeks ago
  expect_today(weak);
}

TEST_F(SignMatrix, TinglingAndSwellingInOneLegIgnoreTheWindow) {
  birth_on("2026-11-01", "epidural");
  const auto tingling = "recorded leg-tingling:left for " + kSignThu + "\n" + note_for("tingling in one leg");
  EXPECT_EQ(logged({"sign", "leg-tingling:left"}, routine()), tingling);
  expect_today(routine());
  expect_sign_logged("leg-swelling:right", same_day("a swollen leg"));
  expect_today(same_day("a swollen leg"));
}

// Routine: a quiet note, never the pointer.

TEST_F(SignMatrix, PainBelowTheKneeInOneLegIsAQuietNoteEverywhere) {
  const auto said = "pain below the knee in one leg";
  EXPECT_EQ(logged({"pain", "3", "--where", "below-knee:left"}, routine()),
            "logged pain 3/10 (below-knee:left) for " + kSignThu + "\n" + note_for(said));
  expect_everywhere(routine());
  const auto today = ok({"today"});
  EXPECT_TRUE(today.ends_with(note_for(said))) << today;
  EXPECT_EQ(count(today, "Note: "), 1) << today;
}

TEST_F(SignMatrix, TinglingOrNumbnessInOneLegOutsideTheWindowIsAQuietNote) {
  for (const auto& [typed, said] : std::vector<SignCase>{{"leg-tingling:left", "tingling in one leg"},
                                                         {"leg-numbness:left", "a numb leg"}}) {
    SCOPED_TRACE(typed);
    EXPECT_EQ(logged({"sign", typed}, routine()), "recorded " + typed + " for " + kSignThu + "\n" + note_for(said));
    expect_today(routine());
    EXPECT_TRUE(ok({"today"}).ends_with(note_for(said))) << ok({"today"});
    ok({"undo"});
  }
  expect_today({});
  EXPECT_EQ(count(ok({"today"}), "Note: "), 0);
}

TEST_F(SignMatrix, ThePelvicGirdleRegionsRaiseNothing) {
  const auto text = logged({"pain", "3", "--where", "sacroiliac:left", "--where", "buttock:both", "--where", "pubic",
                            "--where", "back-thigh:right", "--where", "low-back", "--where", "hip-groin:left",
                            "--where", "other"},
                           {});
  EXPECT_EQ(text.find("Note: "), std::string::npos) << text;
  expect_everywhere(std::nullopt);
  EXPECT_EQ(count(ok({"today"}), "Note: "), 0);
}

// Worse, and the most urgent first.

TEST_F(SignMatrix, ASecondWeakLegWithinTwoWeeksIsAnEmergency) {
  const auto worse = emergency("leg weakness again within two weeks, which may mean it is getting worse");
  ok({"sign", "leg-weakness:left", "--date", "2026-11-12"});  // 14 days before today: within them
  expect_sign_logged("leg-weakness:right", worse);
  expect_today(worse);
  const auto page = report();
  EXPECT_EQ(count(page.text, worse.report_line), 1) << page.text.substr(0, 3000);
  ok({"delete", "s1"});
  expect_today(check("a weak leg"));
}

TEST_F(SignMatrix, AWeakLegFifteenDaysBeforeIsNotWorse) {
  ok({"sign", "leg-weakness:left", "--date", "2026-11-11"});
  expect_sign_logged("leg-weakness:left", check("a weak leg"));
  expect_today(check("a weak leg"));
}

TEST_F(SignMatrix, TheMostUrgentSignIsTheReasonOverASevereEntry) {
  ok({"pain", "8"});
  ok({"pain", "3"});
  expect_sign_logged("leg-weakness:left", check("a weak leg"));  // a check-tier sign words it before the entry
  expect_sign_logged("leg-tingling:right", check("a weak leg"));  // routine: not the reason
  expect_sign_logged("leg-swelling:left", same_day("a swollen leg"));
  expect_sign_logged("bladder-bowel", emergency("new bladder or bowel trouble"));
  ok({"delete", "s4"});
  expect_today(same_day("a swollen leg"));
  ok({"delete", "s3", "s1"});
  expect_today({std::string("an entry of 8/10 on ") + kSignThu, pointer_for("an entry of 8/10 on " + kSignThu),
                report_pointer_for("an entry of 8/10 on " + kSignThu), "check"});
}

// Now: the sign's diary day and the next, not after; a deletion or an undo changes the answer.

TEST_F(SignMatrix, DueOnTheSignsDayAndTheNextNotAfter) {
  const auto expected = same_day("swelling in both legs");
  ok({"sign", "leg-swelling:both"});
  today_ = "2026-11-27T20:00";
  expect_everywhere(expected);
  today_ = "2026-11-28T09:00";
  expect_everywhere(std::nullopt);
}

TEST_F(SignMatrix, ABackDatedSignIsDueOnlyWhileItsDayIsNow) {
  expect_sign_logged("saddle-numbness", emergency("numbness between the legs", kSignWed), kSignWed, "yesterday");
  ok({"delete", "s1"});
  // Named in the past: what to do if it is still there, never "now".
  EXPECT_EQ(logged({"sign", "saddle-numbness", "--date", "2026-11-24"}, {}),
            "recorded saddle-numbness for Tue 24 Nov 2026\n"
            "You recorded numbness between the legs on Tue 24 Nov 2026. If it is still there or comes back: call "
            "your emergency number now (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency "
            "department.\n");
  expect_today({});
}

TEST_F(SignMatrix, ASignBeforeDayStartsCountsForTheDayBefore) {
  today_ = "2026-11-27T02:05";
  const auto expected = emergency("new bladder or bowel trouble");  // Thu 26 Nov's
  expect_sign_logged("bladder-bowel", expected);
  today_ = "2026-11-27T20:00";
  expect_today(expected);
  today_ = "2026-11-28T09:00";
  expect_today({});
}

TEST_F(SignMatrix, DeletingTheSignAndUndoingItChangeTheAnswer) {
  const auto expected = emergency("numbness in both legs");
  ok({"sign", "leg-numbness:both"});
  expect_today(expected);
  ok({"delete", "s1"});
  expect_today({});
  ok({"undo"});
  expect_today(expected);
  ok({"edit", "s1", "--sign", "leg-numbness:left"});
  expect_today(routine());
  ok({"undo"});
  expect_today(expected);
}

}  // namespace
}  // namespace backcare::e2e
