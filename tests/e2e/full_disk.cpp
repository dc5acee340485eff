#include "e2e/full_disk.hpp"

#include <signal.h>
#include <sys/mount.h>

namespace backcare::e2e {

RunResult run_limited(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                      rlim_t bytes) {
  return finish_binary(start_binary(args, env, "", [bytes] {
    // At its default, which kills: backcare ignores SIGXFSZ itself, so the write fails with EFBIG.
    ::signal(SIGXFSZ, SIG_DFL);
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }));
}

bool mount_small_disk(const std::filesystem::path& dir, std::size_t bytes) {
  std::filesystem::create_directories(dir);
  const auto options = "size=" + std::to_string(bytes) + ",mode=0700";
  return ::mount("tmpfs", dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0;
}

void unmount_small_disk(const std::filesystem::path& dir) { ::umount2(dir.c_str(), MNT_DETACH); }

}  // namespace backcare::e2e
