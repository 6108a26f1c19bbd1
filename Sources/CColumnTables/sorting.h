#ifndef BAOCAO_SORTING_H
#define BAOCAO_SORTING_H
// What the column tables' C files share besides column_tables.h: a stable
// sort of row or code numbers by any order.
#include <stdint.h>

// Sorts `items` (row or code numbers) by `compare` over `context`, equal
// items in the order they were in; `scratch` holds count / 2 + 1 items.
void baocao_merge_sort(int32_t *items, int32_t *scratch, int64_t count,
                       int (*compare)(const void *context, int32_t a, int32_t b), const void *context);

#endif
