#!/usr/bin/env bash
# Runs every check CI runs, setting up what they need on a fresh machine:
# formatting, go vet, staticcheck, the tests with the race detector (unit,
# verdict fixtures, end-to-end scripts, the pad in a headless Chromium), and
# judge verify over the whole embedded problem bank.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null; then
	echo "scripts/test.sh: Go 1.26 or later is needed: https://go.dev/dl" >&2
	exit 2
fi
export PATH="$(go env GOPATH)/bin:$PATH"

echo "== setup"
go mod download
command -v staticcheck >/dev/null || go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
# The pad's browser test drives a headless Chromium (Debian's package);
# without one it skips with a message.
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo="sudo -n"
	if command -v apt-get >/dev/null && { [ -z "$sudo" ] || sudo -n true 2>/dev/null; }; then
		echo "installing chromium for the pad's browser test"
		export DEBIAN_FRONTEND=noninteractive
		$sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq chromium >/dev/null ||
			echo "scripts/test.sh: could not install chromium: the pad's browser test will skip" >&2
	else
		echo "scripts/test.sh: no Chromium and no apt-get to install it: the pad's browser test will skip" >&2
	fi
fi

echo "== gofmt"
# Files under testdata/ are solutions in the user's form (no package clause);
# judge/gods/_module/ is a library's source as its authors published it.
unformatted=$(gofmt -l $(git ls-files '*.go' | grep -v -e '^testdata/' -e '^judge/gods/_module/'))
if [ -n "$unformatted" ]; then
	echo "not gofmt-ed: $unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== staticcheck"
staticcheck ./...

echo "== go test -race"
go test -race -count=1 ./...

# judge verify runs beside the fuzzing, so that each fills the gaps the
# other leaves on the cores (verify's last, slowest packages; fuzzing's
# builds between targets). Its limits hold on a busy machine: it measures
# CPU time.
echo "== judge verify (the embedded bank), in the background"
# A fresh home and cache: no session of the machine's user can refuse it,
# and every calibration is made anew by this very build.
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
go build -o "$state/judge" .
# Its CPU time (the judge's and every program it ran) is printed beside
# the clock's: the machine's other load stretches the clock, hardly the
# CPU time, which is what says whether verify stays linear in the bank.
(
	TIMEFORMAT='judge verify: %R s on the clock, %U s user + %S s system CPU'
	time JUDGE_HOME="$state/home" JUDGE_CACHE="$state/cache" "$state/judge" verify
) >"$state/verify.log" 2>&1 &
verify=$!
trap 'kill "$verify" 2>/dev/null || true; rm -rf "$state"' EXIT

echo "== fuzz (a fixed number of inputs a target, about 10 s each on 2 cores)"
# Every parser of user or author input, each for a bounded number of
# inputs. A failing input is saved under the package's testdata/fuzz/,
# where plain go test replays it from then on. The bound is a count, not a
# duration: Go 1.26's fuzzing coordinator can fail a run with "context
# deadline exceeded" when a -fuzztime duration ends on a busy machine
# (go.dev/issue/75804, fixed in Go 1.27), with no failing input at all.
fuzz() { go test -run '^$' -fuzz "^$1\$" -fuzztime "$3" "$2"; }
fuzz FuzzTree ./judge/driver/inmain 150000x
fuzz FuzzList ./judge/driver/inmain 150000x
fuzz FuzzGraph ./judge/driver/inmain 150000x
fuzz FuzzDecoding ./judge/driver/support 80000x
fuzz FuzzEncoding ./judge/driver/support 80000x
fuzz FuzzLoad ./judge/problem 150000x
fuzz FuzzJudge ./judge/compare 60000x
fuzz FuzzProtocol ./judge 80000x
fuzz FuzzArrayElems ./judge 80000x
fuzz FuzzObjectFields ./judge 80000x
fuzz FuzzParseNotes ./judge/review 60000x

echo "== judge verify (the embedded bank)"
status=0
wait "$verify" || status=$?
cat "$state/verify.log"
if [ "$status" -ne 0 ]; then
	echo "judge verify failed (exit $status)" >&2
	exit "$status"
fi
echo "== all checks passed in ${SECONDS}s"
