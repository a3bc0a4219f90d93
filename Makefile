# The two commands a newcomer needs: `make run` and `make test`.
# Each installs what is missing, configures, builds, then runs.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
               -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang

.PHONY: all deps configure build run test bench soak format clean package

all: build

deps:
	@bash scripts/install-deps.sh
	@bash scripts/install-node-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/desktop/syncdesk --sandbox

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) --timeout 600

# The .deb (packaging/packaging.cmake): $(BUILD_DIR)/syncdesk_<version>_<arch>.deb.
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Figures, not verdicts: see tests/bench/README.md.
bench: build
	$(BUILD_DIR)/tests/bench/sandbox_bench
	$(BUILD_DIR)/tests/bench/sync_calls_bench
	$(BUILD_DIR)/tests/bench/usage_log_bench
	$(BUILD_DIR)/tests/bench/throughput_bench
	$(BUILD_DIR)/tests/bench/throughput_bench --only creates,updates,tasks --latency 60
	$(BUILD_DIR)/tests/bench/inbound_bulk_bench
	$(BUILD_DIR)/tests/bench/outbound_bulk_bench

# The soak test's long form: 30+ minutes of org time, 50 SIGKILLs (tests/integration/soak).
# SYNCDESK_SOAK_SEED=N replays the seed a run printed.
soak: build
	SYNCDESK_SOAK_LONG=1 tests/unit/auth/run_with_keyring.sh \
		$(BUILD_DIR)/tests/integration/soak/engine_soak_test

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
