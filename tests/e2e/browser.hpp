#pragma once
#include <filesystem>
#include <string>

#include "support/shell.hpp"

namespace backcare::e2e {

// A shell and a real browser for the tests of the HTML pages (report_test.cpp, one_page_test.cpp).

using fixtures::Shell;
using fixtures::shell;

inline std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

/// chromium headless, kept off the network, on a file of this test.
inline Shell chromium(const std::filesystem::path& profile, const std::string& action, const std::filesystem::path& page) {
  return shell("timeout 300 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
               "--disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer "
               "--user-data-dir=" + profile.string() + " " + action + " file://" + page.string());
}

/// The count of XPath `expression` in an XML file, as xmllint prints it.
inline std::string xpath_count(const std::string& expression, const std::filesystem::path& file) {
  auto counted = shell("xmllint --xpath 'count(" + expression + ")' " + file.string()).output;
  if (!counted.empty() && counted.back() == '\n') counted.pop_back();  // some versions end with a newline
  return counted;
}

}  // namespace backcare::e2e
