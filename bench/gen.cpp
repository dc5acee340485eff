// backcare_bench_gen: a deterministic diary of N days, as the CSV that `backcare import` reads.
// Usage: backcare_bench_gen DAYS LAST-DAY   (LAST-DAY YYYY-MM-DD, the diary's final day)
// Each day: pain at 08:10 and 20:40, and four to six of the article's eight routines. The same
// arguments always write the same bytes: no clock, no random device, no locale.
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using std::chrono::sys_days;

constexpr std::array<const char*, 8> kSlugs = {"palm-press", "back-rub", "knot-rub",  "leg-push",
                                               "knee-hug",   "sit-up",   "waist-roll", "hot-compress"};

/// A 64-bit linear congruential generator (Knuth's MMIX constants): deterministic everywhere.
struct Lcg {
  std::uint64_t state;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return unsigned(state >> 33) % bound;
  }
};

std::string iso(sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return text;
}

bool parse_iso(const char* text, sys_days& day) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(text, "%4d-%2u-%2u", &y, &m, &d) != 3) return false;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return false;
  day = sys_days{ymd};
  return true;
}

/// Pain follows a five-day cycle: morning 2 + (n mod 5), evening one higher. `n` counts days from
/// the first, so a short diary's weekly means can be worked out by hand.
void write_day(std::FILE* out, sys_days day, long n, Lcg& random) {
  const std::string date = iso(day);
  const int morning = 2 + int(n % 5);
  std::fprintf(out, "pain,%s,%sT08:10:00Z,,%d,,,%s\r\n", date.c_str(), date.c_str(), morning,
               n % 7 == 0 ? "\"slept badly, baby up twice\"" : "");
  const unsigned routines = 4 + random.next(3);
  const unsigned first = random.next(8);
  for (unsigned i = 0; i < routines; ++i) {
    const unsigned slug = (first + i * 3) % 8;  // 3 is coprime to 8: distinct routines
    const char* reps = slug == 5 ? "10" : "";
    const char* minutes = slug == 7 ? "15" : "";
    std::fprintf(out, "done,%s,%sT%02u:%02u:00Z,%s,,%s,%s,%s\r\n", date.c_str(), date.c_str(), 9 + i * 2,
                 random.next(60), kSlugs[slug], reps, minutes, n % 11 == 0 && i == 0 ? "felt easier" : "");
  }
  std::fprintf(out, "pain,%s,%sT20:40:00Z,,%d,,,\r\n", date.c_str(), date.c_str(), morning + 1);
}

}  // namespace

int main(int argc, char** argv) {
  sys_days last;
  const long days = argc == 3 ? std::strtol(argv[1], nullptr, 10) : 0;
  if (argc != 3 || days < 1 || !parse_iso(argv[2], last)) {
    std::fprintf(stderr, "usage: backcare_bench_gen DAYS LAST-DAY (YYYY-MM-DD)\n");
    return 2;
  }
  Lcg random{0x6261636b63617265ULL};  // "backcare"
  std::fputs("kind,date,logged_at,routine,level,reps,minutes,note\r\n", stdout);
  const sys_days first = last - std::chrono::days{days - 1};
  for (long n = 0; n < days; ++n) write_day(stdout, first + std::chrono::days{n}, n, random);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
