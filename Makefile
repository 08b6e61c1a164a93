# Shortcuts for the README's commands (scripts/demo.sh, scripts/test.sh) and the benchmarks.
.PHONY: demo test release bench-json

demo:
	./scripts/demo.sh

test:
	./scripts/test.sh

release:
	./scripts/setup.sh && swift build -c release --static-swift-stdlib

bench-json:
	./scripts/setup.sh && swift run -c release spbe-bench
