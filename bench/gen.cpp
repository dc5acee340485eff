// backcare_bench_gen: a deterministic diary of N days, as the CSV that `backcare import` reads.
// Usage: backcare_bench_gen DAYS LAST-DAY [PAIN-PER-DAY]   (LAST-DAY YYYY-MM-DD, the diary's final day)
// Each day: pain at 08:10 and 20:40, and four to six of the article's eight routines; or, with
// PAIN-PER-DAY, that many pain entries a minute apart and nothing else (a million rows in few days, as no
// diary holds them, for import's memory at its size cap). The same
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

/// `count` pain entries from 00:00, a minute apart, each level 0 to 10 in turn.
void write_pain_day(std::FILE* out, sys_days day, long count) {
  const std::string date = iso(day);
  for (long i = 0; i < count; ++i) {
    std::fprintf(out, "pain,%s,%sT%02ld:%02ld:00Z,,%ld,,,\r\n", date.c_str(), date.c_str(), i / 60, i % 60, i % 11);
  }
}

}  // namespace

int main(int argc, char** argv) {
  sys_days last;
  const long days = argc >= 3 ? std::strtol(argv[1], nullptr, 10) : 0;
  const long pain_per_day = argc == 4 ? std::strtol(argv[3], nullptr, 10) : 0;
  const bool pain_ok = argc == 3 || (pain_per_day >= 1 && pain_per_day <= 1440);
  if (argc < 3 || argc > 4 || days < 1 || !parse_iso(argv[2], last) || !pain_ok) {
    std::fprintf(stderr, "usage: backcare_bench_gen DAYS LAST-DAY (YYYY-MM-DD) [PAIN-PER-DAY (1 to 1440)]\n");
    return 2;
  }
  Lcg random{0x6261636b63617265ULL};  // "backcare"
  std::fputs("kind,date,logged_at,routine,level,reps,minutes,note\r\n", stdout);
  const sys_days first = last - std::chrono::days{days - 1};
  for (long n = 0; n < days; ++n) {
    if (pain_per_day > 0) write_pain_day(stdout, first + std::chrono::days{n}, pain_per_day);
    else write_day(stdout, first + std::chrono::days{n}, n, random);
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
