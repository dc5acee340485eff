#pragma once

namespace backcare::fixtures {

// Whether this build runs under a sanitizer: g++ says so with __SANITIZE_ADDRESS__, clang++ with
// __has_feature. Tests that set an address-space limit skip then, as the sanitizer reserves more.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

}  // namespace backcare::fixtures
