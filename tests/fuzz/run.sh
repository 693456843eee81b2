#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) in
# build-fuzz/ and runs each for SECONDS (default 120) from a seed corpus made of our own files;
# then the exchange simulator's long run (build/, seeds SEEDS, default 1-200), which checks
# merges against a model of their own (tests/exchange/).
#   tests/fuzz/run.sh [SECONDS] [SEEDS]
# Crashes are saved as build-fuzz/fuzz/crash-*; turn each into a regression test. A failing
# seed of the simulator prints the steps that led to it: keep the seed in tests/exchange.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
seeds=${2:-1-200}
command -v clang++ >/dev/null || { echo "clang++ is needed (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g -O1"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DMEASURES_BUILD_TESTS=OFF -DMEASURES_BUILD_FUZZERS=ON \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz --target fuzz_csv_import fuzz_catalogue_open measures-cli

corpus=build-fuzz/corpus
mkdir -p "$corpus/csv" "$corpus/catalogue"
cli=build-fuzz/bin/measures-cli
rm -f "$corpus/catalogue/sample.measures" "$corpus/catalogue/empty.measures"
"$cli" sample "$corpus/catalogue/sample.measures" 2>/dev/null
"$cli" create "$corpus/catalogue/empty.measures" 2>/dev/null
cp resources/sample/sample-measures.csv "$corpus/csv/"
cp tests/fuzz/seeds/*.csv "$corpus/csv/" # the platform's export (three site languages, Windows-1252)
"$cli" export "$corpus/catalogue/sample.measures" --out "$corpus/csv/labels-es.csv" --lang es --delimiter ';' --bom 2>/dev/null
"$cli" export "$corpus/catalogue/sample.measures" --out "$corpus/csv/keys.csv" --header keys --codes 2>/dev/null

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-fuzz/fuzz
status=0
../fuzz/fuzz_csv_import -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 ../corpus/csv 2>&1 \
    | tee fuzz_csv_import.log | grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|ERROR|crash-" || true
grep -q "ERROR: " fuzz_csv_import.log && status=1
../fuzz/fuzz_catalogue_open -max_total_time="$seconds" -max_len=262144 -timeout=10 -print_final_stats=1 ../corpus/catalogue 2>&1 \
    | tee fuzz_catalogue_open.log | grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|ERROR|crash-" || true
grep -q "ERROR: " fuzz_catalogue_open.log && status=1
cd ../..
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target exchange-simulator
QT_QPA_PLATFORM=offscreen build/tests/exchange/exchange-simulator --seeds "$seeds" --steps 150 || status=1
exit $status
