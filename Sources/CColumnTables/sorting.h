#ifndef BAOCAO_SORTING_H
#define BAOCAO_SORTING_H
// What the column tables' C files share besides column_tables.h: a stable
// sort of row or code numbers by any order, and a hash of texts.
#include <stdint.h>
#include <string.h>

// Sorts `items` (row or code numbers) by `compare` over `context`, equal
// items in the order they were in; `scratch` holds count / 2 + 1 items.
void baocao_merge_sort(int32_t *items, int32_t *scratch, int64_t count,
                       int (*compare)(const void *context, int32_t a, int32_t b), const void *context);

// A hash of `length` bytes, eight at a time: the text coder's and the text slots'.
static inline uint64_t baocao_hash_bytes(const char *bytes, int64_t length) {
    uint64_t hash = 0x9E3779B97F4A7C15ull ^ (uint64_t)length;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, bytes, 8);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
        bytes += 8;
        length -= 8;
    }
    uint64_t word = 0;
    if (length > 0) memcpy(&word, bytes, (size_t)length);
    hash = (hash ^ word) * 0xC4CEB9FE1A85EC53ull;
    return hash ^ (hash >> 29);
}

#endif
