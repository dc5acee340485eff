#pragma once
#include <optional>
#include <string>

#include "domain/day.hpp"
#include "reports/report_page.hpp"

namespace backcare::views {

/// `report`: the report and the file it goes to.
struct ReportWritten {
  std::optional<std::string> file;  ///< none: the page goes to stdout
  domain::DateRange range;
  reports::ReportPage report;
  bool one_page = false;  ///< --one-page: the summary of its 4 weeks, not the full report
};

}  // namespace backcare::views
