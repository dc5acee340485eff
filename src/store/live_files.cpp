#include "store/live_files.hpp"

#include <pthread.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <climits>
#include <cstring>

#include "store/companions.hpp"

namespace backcare::store {
namespace {

/// A command writes one file at a time; a few slots leave room to spare.
constexpr int kSlots = 4;
/// Room for the longest companion suffix ("-journal") after a path.
constexpr std::size_t kSuffixRoom = 16;
static_assert([] {
  for (const char* suffix : kCompanionSuffixes) {
    if (std::char_traits<char>::length(suffix) >= kSuffixRoom) return false;
  }
  return true;
}());

/// Plain buffers and lock-free flags: all a signal handler may read. A path is written before its
/// flag is raised, and its flag lowered before the slot is reused.
std::array<std::array<char, PATH_MAX + kSuffixRoom>, kSlots> paths{};
std::array<std::atomic<bool>, kSlots> in_use{};
static_assert(std::atomic<bool>::is_always_lock_free);

/// Unlinks `base` followed by `suffix`, built in the slot's own spare room after the path's end.
void unlink_with_suffix(char* base, std::size_t length, const char* suffix) noexcept {
  const std::size_t extra = std::strlen(suffix);
  std::memcpy(base + length, suffix, extra + 1);
  ::unlink(base);
  base[length] = '\0';
}

}  // namespace

int remember_live_file(const std::filesystem::path& path) {
  const std::string& text = path.native();
  if (text.size() >= PATH_MAX) return -1;
  for (int slot = 0; slot < kSlots; ++slot) {
    if (in_use[slot].load()) continue;
    std::memcpy(paths[slot].data(), text.c_str(), text.size() + 1);
    in_use[slot].store(true);
    return slot;
  }
  return -1;
}

void forget_live_file(int slot) {
  if (slot >= 0 && slot < kSlots) in_use[slot].store(false);
}

void remove_live_files() noexcept {
  for (int slot = 0; slot < kSlots; ++slot) {
    if (!in_use[slot].load()) continue;
    char* base = paths[slot].data();
    const std::size_t length = std::strlen(base);
    unlink_with_suffix(base, length, "");
    for (const char* suffix : kCompanionSuffixes) unlink_with_suffix(base, length, suffix);
  }
}

DeferredSignals::DeferredSignals() {
  sigset_t held;
  sigemptyset(&held);
  for (const int signal : kCleanupSignals) sigaddset(&held, signal);
  pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

DeferredSignals::~DeferredSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace backcare::store
