#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace backcare::e2e {

// A shell and a real browser for the tests of the HTML pages (report_test.cpp, one_page_test.cpp).

/// What a shell command printed (stdout and stderr together) and its exit status.
struct Shell {
  int status = -1;
  std::string output;
};

inline Shell shell(const std::string& command) {
  Shell result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

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
