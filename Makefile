# The two commands of the README: `make demo` (score this repository's assessments) and `make test`.
.PHONY: setup build demo test release bench-json

setup:
	@./scripts/setup.sh

build: setup
	swift build -Xswiftc -warnings-as-errors

demo: build
	./.build/debug/spbe score

test: setup
	swift test -Xswiftc -warnings-as-errors

release: setup
	swift build -c release

bench-json: setup
	swift run -c release spbe-bench
