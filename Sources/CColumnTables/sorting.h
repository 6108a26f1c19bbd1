#ifndef BAOCAO_SORTING_H
#define BAOCAO_SORTING_H
// What the column tables' C files share: ordering texts bytewise, and a
// stable sort of row or code numbers by any order.
#include <stdint.h>
#include <string.h>

// Negative, zero or positive as `a` (`length_a` bytes) orders before, as or
// after `b`: SQLite's BINARY collation.
static inline int baocao_compare_bytes(const char *a, int64_t length_a, const char *b, int64_t length_b) {
    int64_t common = length_a < length_b ? length_a : length_b;
    int order = common ? memcmp(a, b, (size_t)common) : 0;
    return order ? order : (length_a > length_b) - (length_a < length_b);
}

// Sorts `items` (row or code numbers) by `compare` over `context`, equal
// items in the order they were in; `scratch` holds count / 2 + 1 items.
void baocao_merge_sort(int32_t *items, int32_t *scratch, int64_t count,
                       int (*compare)(const void *context, int32_t a, int32_t b), const void *context);

#endif
