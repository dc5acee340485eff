#include <fmt/format.h>

#include "render/figures.hpp"
#include "render/patterns_render.hpp"
#include "render/redflag_words.hpp"
#include "rules/patterns.hpp"

namespace backcare::render {
namespace {

constexpr std::size_t kSlugWidth = 16;

std::string heading(const views::PatternsView& view) {
  const std::string what = view.next_day ? "Pain the next day, after days with and without each tag and routine"
                                         : "Pain on days with and without each tag and routine";
  return what + ", " + domain::format_long(*view.first) + " to " + domain::format_long(*view.last);
}

std::string label_words(rules::PatternLabel label) {
  return label == rules::PatternLabel::looks_different ? "looks different" : "no clear difference";
}

std::string row_text(const reports::PatternRow& row) {
  if (row.label == rules::PatternLabel::not_enough_days) {
    return fmt::format("  {}not enough days yet: {} of {}\n", pad(row.slug, kSlugWidth),
                       std::min(row.days_with, row.days_without), rules::kPatternDays);
  }
  return fmt::format("  {}{}{}{}{}{}   {} to {}   {}\n", pad(row.slug, kSlugWidth), right(tenth(*row.mean_with), 5),
                     right(std::to_string(row.days_with), 6), right(tenth(*row.mean_without), 9),
                     right(std::to_string(row.days_without), 6), right(signed_tenth(row.interval->difference), 12),
                     signed_tenth(row.interval->low), signed_tenth(row.interval->high), label_words(row.label));
}

/// One kind's rows under a header naming it; "" when there are none.
std::string kind_table(const reports::Patterns& patterns, reports::FactorKind kind) {
  std::string rows;
  for (const auto& row : patterns.rows) {
    if (row.kind == kind) rows += row_text(row);
  }
  if (rows.empty()) return rows;
  const std::string name = kind == reports::FactorKind::tag ? "tag" : "routine";
  return "  " + pad(name, kSlugWidth) + right("with", 5) + right("days", 6) + right("without", 9) + right("days", 6) +
         right("difference", 12) + "   95% interval\n" + rows;
}

}  // namespace

std::string pattern_rows_text(const reports::Patterns& patterns) {
  // Tags, then routines, each a table of its own: the caps count each kind apart.
  std::string out = kind_table(patterns, reports::FactorKind::tag);
  const std::string routines = kind_table(patterns, reports::FactorKind::routine);
  out += (out.empty() || routines.empty() ? "" : "\n") + routines;
  // Several comparisons at once: one of them may cross the line by chance alone (§7).
  if (patterns.compared > 1) {
    out += fmt::format("  With {} comparisons, one may look different by chance alone.\n", patterns.compared);
  }
  return out;
}

std::string text(const views::PatternsView& view, const Style& style) {
  std::string out = pointer_text(view.due, style);
  if (!view.first) return out + "No pain logged yet: patterns compare days that have pain entries.\n";
  out += style.bold(heading(view)) + "\n";
  if (view.patterns.rows.empty()) out += "  no tag or routine logged on a day with pain yet\n";
  else out += pattern_rows_text(view.patterns);
  return out + "\n" + kPatternCaveat + "\n" + kSelfTrackingCaveat;
}

}  // namespace backcare::render
