// Dictionary encoding of a column's texts (column_tables.h): an open
// addressing table of codes over a byte arena. A million ratings' subject ids
// are hashed eight bytes at a time, and a row repeating the text above it
// (a member's ratings, a branch's meetings) is not hashed at all.
#include "column_tables.h"
#include "sorting.h"
#include <stdlib.h>
#include <string.h>

struct baocao_text_coder {
    char *arena;
    int64_t arena_used, arena_capacity;
    // Per code: where its bytes start in the arena, and its hash.
    int64_t *starts;
    uint64_t *hashes;
    int32_t count, code_capacity;
    // Slots of codes, -1 when empty; a power of two, at most half full.
    int32_t *slots;
    uint64_t slot_mask;
    int32_t last;
};

static void *grow(void *memory, size_t size) {
    void *grown = realloc(memory, size);
    if (!grown) abort();   // out of memory: the store cannot be made
    return grown;
}

static int64_t length_of(const baocao_text_coder *coder, int32_t code) {
    return (code + 1 < coder->count ? coder->starts[code + 1] : coder->arena_used) - coder->starts[code];
}

static int same(const baocao_text_coder *coder, int32_t code, const char *bytes, int64_t length) {
    return length_of(coder, code) == length
        && (length == 0 || memcmp(coder->arena + coder->starts[code], bytes, (size_t)length) == 0);
}

static void make_slots(baocao_text_coder *coder, uint64_t size) {
    free(coder->slots);
    coder->slots = grow(NULL, sizeof(int32_t) * size);
    memset(coder->slots, 0xFF, sizeof(int32_t) * size);
    coder->slot_mask = size - 1;
    for (int32_t code = 0; code < coder->count; code++) {
        uint64_t slot = coder->hashes[code] & coder->slot_mask;
        while (coder->slots[slot] >= 0) slot = (slot + 1) & coder->slot_mask;
        coder->slots[slot] = code;
    }
}

baocao_text_coder *baocao_text_coder_create(void) {
    baocao_text_coder *coder = calloc(1, sizeof(baocao_text_coder));
    if (!coder) abort();
    coder->last = -1;
    make_slots(coder, 64);
    return coder;
}

void baocao_text_coder_free(baocao_text_coder *coder) {
    if (!coder) return;
    free(coder->arena);
    free(coder->starts);
    free(coder->hashes);
    free(coder->slots);
    free(coder);
}

int32_t baocao_text_coder_code(baocao_text_coder *coder, const char *bytes, int64_t length) {
    if (coder->last >= 0 && same(coder, coder->last, bytes, length)) return coder->last;
    uint64_t hash = baocao_hash_bytes(bytes, length);
    uint64_t slot = hash & coder->slot_mask;
    for (int32_t code; (code = coder->slots[slot]) >= 0; slot = (slot + 1) & coder->slot_mask) {
        if (coder->hashes[code] == hash && same(coder, code, bytes, length)) return coder->last = code;
    }
    int32_t code = coder->count;
    if (code == coder->code_capacity) {
        coder->code_capacity = coder->code_capacity ? coder->code_capacity * 2 : 64;
        coder->starts = grow(coder->starts, sizeof(int64_t) * (size_t)coder->code_capacity);
        coder->hashes = grow(coder->hashes, sizeof(uint64_t) * (size_t)coder->code_capacity);
    }
    if (coder->arena_used + length > coder->arena_capacity) {
        while (coder->arena_used + length > coder->arena_capacity) {
            coder->arena_capacity = coder->arena_capacity ? coder->arena_capacity * 2 : 1024;
        }
        coder->arena = grow(coder->arena, (size_t)coder->arena_capacity);
    }
    if (length > 0) memcpy(coder->arena + coder->arena_used, bytes, (size_t)length);
    coder->starts[code] = coder->arena_used;
    coder->hashes[code] = hash;
    coder->arena_used += length;
    coder->count++;
    coder->slots[slot] = code;
    if ((uint64_t)coder->count * 2 > coder->slot_mask + 1) make_slots(coder, (coder->slot_mask + 1) * 2);
    return coder->last = code;
}

int32_t baocao_text_coder_find(const baocao_text_coder *coder, const char *bytes, int64_t length) {
    uint64_t hash = baocao_hash_bytes(bytes, length);
    for (uint64_t slot = hash & coder->slot_mask; coder->slots[slot] >= 0; slot = (slot + 1) & coder->slot_mask) {
        int32_t code = coder->slots[slot];
        if (coder->hashes[code] == hash && same(coder, code, bytes, length)) return code;
    }
    return -1;
}

const char *baocao_text_coder_text(const baocao_text_coder *coder, int32_t code, int64_t *length) {
    *length = length_of(coder, code);
    return coder->arena + coder->starts[code];
}

int32_t baocao_text_coder_count(const baocao_text_coder *coder) { return coder->count; }

typedef struct {
    const char *arena;
    const int64_t *starts;
} text_list;

static int compare_texts(const void *context, int32_t a, int32_t b) {
    const text_list *texts = context;
    return baocao_compare_bytes(texts->arena + texts->starts[a], texts->starts[a + 1] - texts->starts[a],
                                texts->arena + texts->starts[b], texts->starts[b + 1] - texts->starts[b]);
}

void baocao_rank_texts(const char *arena, const int64_t *starts, int32_t count, int32_t *rank, char *bytes,
                       int64_t *offsets) {
    text_list texts = {arena, starts};
    int32_t *order = grow(NULL, sizeof(int32_t) * ((size_t)count + 1));
    int32_t *scratch = grow(NULL, sizeof(int32_t) * ((size_t)count / 2 + 1));
    for (int32_t code = 0; code < count; code++) order[code] = code;
    baocao_merge_sort(order, scratch, count, compare_texts, &texts);
    int64_t offset = 0;
    for (int32_t position = 0; position < count; position++) {
        int32_t code = order[position];
        int64_t length = starts[code + 1] - starts[code];
        rank[code] = position;
        offsets[position] = offset;
        if (length > 0) memcpy(bytes + offset, arena + starts[code], (size_t)length);
        offset += length;
    }
    offsets[count] = offset;
    free(order);
    free(scratch);
}
