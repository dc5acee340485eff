#include "e2e/full_disk.hpp"

#include <signal.h>
#include <sys/mount.h>

namespace backcare::e2e {

std::string generated_csv(int rows) {
  std::string text = "kind,date,logged_at,routine,level,reps,minutes,note\r\n";
  for (int i = 0; i < rows; ++i) {
    const std::string day = "2025-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-1" +
                            std::to_string(i % 9);
    text += "pain," + day + "," + day + "T09:00:00Z,,"+ std::to_string(i % 11) + ",,,entry " + std::to_string(i) + "\r\n";
  }
  return text;
}

RunResult run_limited(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                      rlim_t bytes) {
  return finish_binary(start_binary(args, env, "", [bytes] {
    ::signal(SIGXFSZ, SIG_IGN);
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
