#ifndef BAOCAO_COLUMN_TABLES_H
#define BAOCAO_COLUMN_TABLES_H
// Read-only SQLite virtual tables over columns held in memory: the store's
// large dataset tables are read where they already are, instead of being
// copied row by row into SQLite's B-trees. The memory belongs to the caller
// and must outlive every connection the module is registered on.
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

// Negative, zero or positive as `a` (`length_a` bytes) orders before, as or
// after `b`: SQLite's BINARY collation, by which column tables order texts.
static inline int baocao_compare_bytes(const char *a, int64_t length_a, const char *b, int64_t length_b) {
    int64_t common = length_a < length_b ? length_a : length_b;
    int order = common ? memcmp(a, b, (size_t)common) : 0;
    return order ? order : (length_a > length_b) - (length_a < length_b);
}

typedef enum {
    BAOCAO_COLUMN_INTEGER = 1,
    BAOCAO_COLUMN_REAL = 2,
    BAOCAO_COLUMN_TEXT = 3,
} baocao_column_kind;

// One column: a value per row. Text is dictionary-encoded: `codes[row]` is
// the rank of the row's text among the column's distinct texts, sorted
// bytewise (SQLite's BINARY collation), or -1 for NULL — so comparing codes
// compares texts.
typedef struct {
    const char *name;
    // The declared SQL type: `TEXT`, `INTEGER`, `REAL`.
    const char *declared_type;
    int kind;
    const int64_t *integers;
    const double *reals;
    // INTEGER and REAL: 1 where the row's value is NULL; may be NULL when none is.
    const uint8_t *nulls;
    const int32_t *codes;
    int32_t distinct_count;
    const char *text_bytes;
    // distinct_count + 1 offsets into text_bytes.
    const int64_t *text_offsets;
    // TEXT columns an index leads with or narrows by: each code in the slot
    // its text hashes to (-1: empty; text_slot_mask + 1 slots, at most half
    // full), so that equality with a text finds its code without a search
    // of the distinct texts. NULL otherwise.
    const int32_t *text_slots;
    uint64_t text_slot_mask;
} baocao_column;

// Rows ordered by some columns (NULLs first), which lookups by equality on a
// prefix of them, then a range on the next, narrow by binary search.
typedef struct {
    int column_count;
    const int32_t *columns;
    const int32_t *rows;
    // rows_per_key[k]: average rows sharing the values of the first k + 1
    // columns, the planner's estimate (like ANALYZE's sqlite_stat1).
    const double *rows_per_key;
    // When the first column is TEXT: for each code c, where its rows start in
    // `rows` (distinct_count + 1 entries), so that equality on it costs no search.
    const int64_t *code_starts;
} baocao_index;

// Rows are numbered by int32_t in indexes: a table holds fewer than 2^31 rows.
typedef struct {
    const char *name;
    int64_t row_count;
    int column_count;
    const baocao_column *columns;
    int index_count;
    const baocao_index *indexes;
} baocao_table;

// Whether this thread is declaring a column table's columns: a connection
// does when it first reads the table (`sqlite3_declare_vtab`), and an
// authorizer sees a table being created then, which it should let be.
int baocao_column_table_declaring(void);

// Registers the module `baocao_columns` on `db`: `CREATE VIRTUAL TABLE t
// USING baocao_columns` then reads the table of `tables` named `t`.
int baocao_register_column_tables(sqlite3 *db, const baocao_table *const *tables, int count);

// Fills `rows` (row_count entries) with the row numbers of `table` ordered by
// `columns`, NULLs first, equal keys in row order; then `rows_per_key`, and
// `code_starts` when the first column is TEXT (else it may be NULL).
void baocao_sort_index(const baocao_table *table, const int32_t *columns, int column_count,
                       int32_t *rows, double *rows_per_key, int64_t *code_starts);

// Fills `slots` (mask + 1 of them, a power of two at least twice the column's
// distinct texts) with the column's codes by the hash of their texts: what
// `text_slots` holds.
void baocao_fill_text_slots(const baocao_column *column, int32_t *slots, uint64_t mask);

// Dictionary-encodes a column's texts as they come: each distinct text (its
// bytes) gets a code in order of first appearance, found by a hash of its
// bytes, never by a normalising comparison. `baocao_rank_texts` (below)
// ranks distinct texts bytewise, which a column table's codes must be.
typedef struct baocao_text_coder baocao_text_coder;

baocao_text_coder *baocao_text_coder_create(void);
void baocao_text_coder_free(baocao_text_coder *coder);
// The code of the text of `length` bytes at `bytes` (which may be NULL when `length` is 0).
int32_t baocao_text_coder_code(baocao_text_coder *coder, const char *bytes, int64_t length);
// The code of the text of `length` bytes at `bytes` when it was coded, else -1; codes nothing, so
// any number of threads may look up a coder none of them changes.
int32_t baocao_text_coder_find(const baocao_text_coder *coder, const char *bytes, int64_t length);
// The bytes of the text coded `code` (`*length` of them), valid until the next text is coded.
const char *baocao_text_coder_text(const baocao_text_coder *coder, int32_t code, int64_t *length);
// How many distinct texts.
int32_t baocao_text_coder_count(const baocao_text_coder *coder);

// Ranks `count` distinct texts, text `code` being the bytes of `arena` from
// starts[code] to starts[code + 1]: fills `rank[code]` with its rank among
// them ordered bytewise, and `bytes` (starts[count] of them) and `offsets`
// (count + 1) with the texts in that order. A column table's codes must rank
// so; a coded column's distinct texts need no hashing again to be ranked.
void baocao_rank_texts(const char *arena, const int64_t *starts, int32_t count, int32_t *rank, char *bytes,
                       int64_t *offsets);

#endif
