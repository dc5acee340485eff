#pragma once
#include <string>
#include <vector>

#include "content/content.hpp"

namespace backcare::serve {

/// A routine on today's checklist, as `today --json` gives it, with its name from `routines --json`.
struct ChecklistItem {
  std::string slug;
  std::string name;
  int done = 0;
  std::string held_why;  ///< "" when it is not held
};

/// Everything the page shows, each part from a backcare command's own output.
struct PageParts {
  std::string said;           ///< what the last write said (its confirmation or its one-line error)
  bool said_error = false;
  std::string today;          ///< `today` as text: the red-flag pointer first when it is due
  std::vector<ChecklistItem> checklist;
  std::vector<content::BodyPlace> regions;  ///< where it may hurt, for the pain form
  std::string form_secret;
};

/// The whole page: server-made HTML, no script, every write a POST form that works without one.
std::string page_html(const PageParts& parts);

/// The page's stylesheet, served as /style.css (the Content-Security-Policy allows only the page's own).
const std::string& page_css();

}  // namespace backcare::serve
