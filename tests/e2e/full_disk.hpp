#pragma once
#include <sys/resource.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "e2e/harness.hpp"

namespace backcare::e2e {

// Ways to fill a disk under a command, for the tests of what it does when a write does not fit.

/// Runs with a file size limit (`ulimit -f`) and SIGXFSZ at its default: backcare must ignore it itself,
/// so that a write past the limit fails with EFBIG instead of killing it.
RunResult run_limited(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                      rlim_t bytes);

/// Mounts a tmpfs of `bytes` at `dir` (made if missing): a disk that really fills up, ENOSPC. False when
/// this process may not mount (not root, or a container without the right), for the test to skip.
bool mount_small_disk(const std::filesystem::path& dir, std::size_t bytes);
/// Unmounts what mount_small_disk mounted; nothing when nothing is mounted there.
void unmount_small_disk(const std::filesystem::path& dir);

}  // namespace backcare::e2e
