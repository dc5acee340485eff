#!/usr/bin/env bash
# cmake --install into a temporary prefix: the installed backcare runs, the man page, changelog and
# copyright are where Debian expects them, the completions too when the build made them, and no build
# tool (content generator, bench, fuzz targets) is installed.
# Usage: install_test.sh BUILD_DIR COMPLETIONS(ON|OFF)
set -euo pipefail
build=$1
completions=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
failed=0
expect() { [[ -e $prefix/$1 ]] || { echo "not installed: $1"; failed=1; }; }

version=$("$prefix/bin/backcare" --version)
[[ $version == "backcare "[0-9]* ]] || { echo "installed backcare --version printed '$version'"; failed=1; }
# backcare, and beside it backcare-serve where it was built (issue 31): `backcare serve` finds it there.
programs=backcare
[[ -x $build/backcare-serve ]] && programs=$'backcare\nbackcare-serve'
[[ $(ls "$prefix/bin") == "$programs" ]] || { echo "bin/ holds other than $programs: $(ls "$prefix/bin")"; failed=1; }
if [[ -f $build/backcare.1 ]]; then expect share/man/man1/backcare.1.gz; fi
expect share/doc/backcare/copyright
expect share/doc/backcare/changelog.gz
if [[ $completions == ON ]]; then
  expect share/bash-completion/completions/backcare
  expect share/zsh/vendor-completions/_backcare
  expect share/fish/vendor_completions.d/backcare.fish
fi
exit "$failed"
