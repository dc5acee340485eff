#include "domain/zone.hpp"

namespace backcare::domain {

date::sys_seconds Zone::to_utc(date::local_seconds local) const {
  // The offsets a day either side: the same unless a clock changes near `local`. Each is tried; one that
  // gives an instant with that same offset names it. (Guessing from the offset at `local` read as UTC
  // went wrong west of Greenwich, where that reading lies hours before the change.)
  const date::sys_seconds as_utc{local.time_since_epoch()};
  const auto before = offset_at(as_utc - date::days{1});
  const auto after = offset_at(as_utc + date::days{1});
  const date::sys_seconds with_before{local.time_since_epoch() - before};
  const date::sys_seconds with_after{local.time_since_epoch() - after};
  const bool before_fits = offset_at(with_before) == before;
  const bool after_fits = offset_at(with_after) == after;
  if (before_fits && after_fits) return std::max(with_before, with_after);  // repeated: the later
  if (after_fits) return with_after;
  return with_before;  // fits, or the hour skipped: read with the offset before the change
}

}  // namespace backcare::domain
