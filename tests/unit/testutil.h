/* testutil.h — shared helpers for unit tests (cmocka). */
#ifndef RASD_TESTUTIL_H
#define RASD_TESTUTIL_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdbool.h>
#include <string.h>
#endif
