# rasd — plain make. Targets: all (lib + CLI), demo, check, asan, fuzz, bench, deps, clean.
# Sources are found by wildcard, so a new module needs no edit here.
CC      ?= cc
CXX     ?= c++
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Wvla -Wformat=2
OPT     ?= -O2 -g
DEPS    := gumbo jansson simdjson libutf8proc zlib icu-i18n icu-uc sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(DEPS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(DEPS) 2>/dev/null)
CFLAGS_ALL  = $(CSTD) $(WARN) $(OPT) $(PKG_CFLAGS) -Iinclude -Isrc $(EXTRA_CFLAGS)
# the one C++ file (src/ingest/jsonl_fast.cpp, simdjson's C++ API behind a C one): no exceptions
CXXFLAGS_ALL = -std=c++17 -fno-exceptions -fno-rtti -DSIMDJSON_EXCEPTIONS=0 -Wall -Wextra -Werror $(OPT) $(PKG_CFLAGS) -Iinclude -Isrc $(EXTRA_CFLAGS)
LDLIBS_ALL  = $(PKG_LIBS) -lstdc++ -lm $(EXTRA_LIBS)

BUILD   ?= build
LIB_SRC := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
LIB_CXX := $(sort $(wildcard src/*/*.cpp))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_CXX:%.cpp=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))

.PHONY: all demo check unit asan fuzz bench deps clean gen
all: $(BUILD)/librasd.a rasd

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.cpp
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/librasd.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/rasd: $(BUILD)/src/cli/main.o $(BUILD)/librasd.a
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LDLIBS_ALL)

rasd: $(BUILD)/rasd
	cp $< $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/librasd.a tests/unit/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit -o $@ $< $(BUILD)/librasd.a $(LDLIBS_ALL) -lcmocka

unit: $(UNIT_BIN)

# Install what the build and the tests need (Debian 12), only if something is missing.
deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) -s all
	./rasd timeline --format md samples/*.txt samples/*.html samples/*.jsonl samples/*.warc.gz
	./rasd timeline -q --format html samples/*.txt samples/*.html samples/*.jsonl samples/*.warc.gz > timeline.html
	@echo "demo: the HTML timeline is in timeline.html (open it in a browser)"

check:
	@sh tools/deps.sh check
	@sh tests/run.sh

asan:
	$(MAKE) BUILD=build-asan CC=clang CXX=clang++ OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" build-asan/rasd unit

fuzz:
	@sh fuzz/build.sh

bench: all
	@sh bench/run.sh

gen:
	python3 tools/gen_tables.py

clean:
	rm -rf build build-asan build-fuzz rasd timeline.html

-include $(LIB_OBJ:.o=.d) $(BUILD)/src/cli/main.d
