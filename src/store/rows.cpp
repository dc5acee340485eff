#include "store/rows.hpp"

namespace backcare::store {

domain::PainEntry pain_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(), row.getColumn(4).getInt(), row.getColumn(5).getString(),
          domain::read_place_list(row.getColumn(6).getString())};
}

domain::SignEntry sign_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(),
          {row.getColumn(4).getString(), domain::side_from_code(row.getColumn(5).getString())},
          row.getColumn(6).getString()};
}

domain::Completion completion_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(), row.getColumn(4).getString(), optional_int(row.getColumn(5)),
          optional_int(row.getColumn(6)), row.getColumn(7).getString()};
}

domain::DailyPain daily_pain_row(const SQLite::Statement& row) {
  return {day_of(row.getColumn(0)), row.getColumn(1).getDouble(), row.getColumn(2).getInt(), row.getColumn(3).getInt()};
}

}  // namespace backcare::store
